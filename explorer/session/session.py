"""One person's session: the state every view shows, changed only through intents.

Views send intents (``set_query``, ``open_card``, ``back``…) and observe the events; none of
them holds state another view needs. A search answer is computed elsewhere (off the UI
thread) and handed back with ``show_answer``; an answer to a request that is no longer the
current one is dropped. ``reset`` forgets a visitor in one call, as a kiosk does between
visitors.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from enum import Enum

from explorer.domain.history import History
from explorer.session.events import Event
from explorer.session.search_state import SearchState
from explorer.store.search_result import FacetValue, SearchResult

VIEWS = ("cards", "timeline", "map", "numbers", "stories", "quiz", "collection")
DayRange = tuple[float, float]


@dataclass(frozen=True)
class ReadingPosition:
    """Where a person was within a place, to be found there again on coming back: how far
    down the page or list (``scroll``, in pixels), the current item (a card in the grid,
    the event chosen on the timeline) and the days the timeline showed."""

    scroll: int = 0
    item: str | None = None
    days: DayRange | None = None


@dataclass(frozen=True)
class Place:
    """Where the person is: a view, or a card open on its own page (view "card"). Its
    ``position`` is not part of what place it is: two visits of a place are equal."""

    view: str
    card: str | None = None
    position: ReadingPosition | None = field(default=None, compare=False)

    @staticmethod
    def of_view(view: str) -> Place:
        if view not in VIEWS:
            raise ValueError(f"unknown view: {view!r} (one of {', '.join(VIEWS)})")
        return Place(view)


class Pace(Enum):
    """How soon a changed request should be answered: while typing, after a short pause;
    ANSWERED when the session answers it itself at once (nothing to ask for)."""

    NOW = "now"
    TYPING = "typing"
    ANSWERED = "answered"


class Session:
    """The state of one window. ``resolve_card`` turns a reference into a card key (or
    None); ``languages`` are the ones offered, the first the fallback; ``answer`` answers a
    request at once, for the moments that cannot wait (Enter, a reset)."""

    def __init__(
        self,
        *,
        languages: Iterable[str] = ("en",),
        resolve_card: Callable[[str], str | None] = lambda reference: reference,
        language: str | None = None,
        view: str = "cards",
        answer: Callable[[SearchState], SearchResult] | None = None,
    ):
        self._answer_now = answer
        self.languages = tuple(languages) or ("en",)
        self.resolve_card = resolve_card
        self.search = SearchState()
        self.answer: SearchResult | None = None
        self.history: History[Place] = History(Place.of_view(view))
        self.language = self._offered(language)
        self.timeline_range: DayRange | None = None
        self.selection: str | None = None

        self.search_changed: Event[SearchState, Pace] = Event()
        self.answer_changed: Event[SearchResult, SearchState] = Event()
        self.place_leaving: Event[Place] = Event()
        """The person is about to leave this place: a view that can find its reading
        position again gives it now, with ``keep_position``."""
        self.place_changed: Event[Place] = Event()
        self.card_opened: Event[str] = Event()
        self.language_changed: Event[str] = Event()
        self.timeline_range_changed: Event[DayRange | None] = Event()
        self.selection_changed: Event[str | None] = Event()
        self.was_reset: Event[[]] = Event()

    # ---- the request and its answer -----------------------------------------------------

    def set_query(self, query: str, pace: Pace = Pace.NOW) -> None:
        self._ask(self.search.with_query(query), pace)

    def set_category(self, category: str | None) -> None:
        self._ask(self.search.with_category(category))

    def set_facet(self, name: str, values: Iterable[FacetValue]) -> None:
        self._ask(self.search.with_facet(name, values))

    def set_facets(self, chosen: Mapping[str, Iterable[FacetValue]]) -> None:
        """Every facet's values at once (a facet left out keeps everything)."""
        state = self.search.without_filters().with_category(self.search.category)
        for name, values in chosen.items():
            state = state.with_facet(name, values)
        self._ask(state)

    def clear_filters(self) -> None:
        """Every facet and the category back to all; the words stay."""
        self._ask(self.search.without_filters())

    def _ask(self, search: SearchState, pace: Pace = Pace.NOW) -> None:
        if search == self.search:
            return
        self.search = search
        self.search_changed.emit(search, pace)
        if self.place.view == "card":
            self.show_view("cards")  # a new request shows its results

    def show_answer(self, answer: SearchResult, asked: SearchState) -> bool:
        """Take the answer to ``asked``; False (and nothing changes) when it is stale."""
        if asked != self.search:
            return False
        self.answer = answer
        self.answer_changed.emit(answer, asked)
        return True

    def answer_now(self) -> bool:
        """Answer the current request at once; False when there is nothing to answer with."""
        if self._answer_now is None:
            return False
        asked = self.search
        return self.show_answer(self._answer_now(asked), asked)

    def search_entered(self) -> bool:
        """The person pressed Enter: answer now and open the best match."""
        self.answer_now()
        return self.open_best_match()

    # ---- where the person is --------------------------------------------------------------

    @property
    def place(self) -> Place:
        return self.history.current

    @property
    def open_card_key(self) -> str | None:
        return self.place.card

    def open_card(self, reference: str) -> bool:
        """Open a card by key or bare id; False when there is no such card."""
        key = self.resolve_card(reference)
        if key is None:
            return False
        if self.place != Place("card", key):
            self._go(Place("card", key))
            self.card_opened.emit(key)
        return True

    def open_best_match(self) -> bool:
        """Open the first card of the current answer, if it answers the current request."""
        if self.answer is None or not len(self.answer):
            return False
        return self.open_card(self.answer.card_id(0))

    def open_neighbour(self, step: int) -> bool:
        """From an open card, the one ``step`` places along the current answer."""
        key = self.open_card_key
        if key is None or self.answer is None:
            return False
        row = self.answer.row_of(key)
        if row < 0:
            return False
        row += step
        return 0 <= row < len(self.answer) and self.open_card(self.answer.card_id(row))

    def show_view(self, view: str) -> None:
        self._go(Place.of_view(view))

    def back(self) -> None:
        if self.history.can_go_back:
            self.place_leaving.emit(self.place)
        before = self.place
        if self.history.back() != before:
            self._arrived()

    def forward(self) -> None:
        if self.history.can_go_forward:
            self.place_leaving.emit(self.place)
        before = self.place
        if self.history.forward() != before:
            self._arrived()

    def keep_position(self, position: ReadingPosition) -> None:
        """Remember where the person is within the current place, for Back and Forward to
        bring them there again."""
        self.history.amend(replace(self.place, position=position))

    def _go(self, place: Place) -> None:
        if place != self.place:
            self.place_leaving.emit(self.place)
            self.history.visit(place)
            self._arrived()

    def _arrived(self) -> None:
        """A card page shown is the card selected: back in a list, it is the current one."""
        if self.place.card is not None:
            self.select(self.place.card)
        self.place_changed.emit(self.place)

    # ---- language, timeline, selection --------------------------------------------------

    def set_language(self, language: str) -> None:
        language = self._offered(language)
        if language != self.language:
            self.language = language
            self.language_changed.emit(language)

    def _offered(self, language: str | None) -> str:
        return language if language in self.languages else self.languages[0]

    def set_timeline_range(self, days: DayRange | None) -> None:
        """The days the timeline shows (None: all of them)."""
        if days is not None and not days[0] < days[1]:
            raise ValueError(f"a timeline range starts before it ends, not {days!r}")
        if days != self.timeline_range:
            self.timeline_range = days
            self.timeline_range_changed.emit(days)

    def select(self, card: str | None) -> None:
        """The card chosen in a list, the timeline or (later) the map, without opening it."""
        if card != self.selection:
            self.selection = card
            self.selection_changed.emit(card)

    # ---- a new visitor ------------------------------------------------------------------

    def reset(self, language: str, view: str = "cards") -> None:
        """Forget everything: request, answer, history, selection, range; ``language`` and
        ``view`` as at the start. Observers hear each change, then ``was_reset``."""
        start = Place.of_view(view)
        self.history = History(start)
        self._ask(SearchState(), Pace.NOW if self._answer_now is None else Pace.ANSWERED)
        self.answer_now()
        self.select(None)
        self.set_timeline_range(None)
        self.set_language(language)
        self.place_changed.emit(start)
        self.was_reset.emit()
