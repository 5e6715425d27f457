"""What a person asked for: the words they typed, the category and the facet values chosen."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType

from explorer.store.search_result import FACETS, FacetValue, Filters

FACET_NAMES = tuple(name for name in FACETS if name != "category")


@dataclass(frozen=True)
class SearchState:
    """A search request, immutable; two equal states ask for the same answer."""

    query: str = ""
    category: str | None = None
    facets: Mapping[str, frozenset[FacetValue]] = field(
        default_factory=lambda: MappingProxyType({})
    )

    def __post_init__(self) -> None:
        unknown = set(self.facets) - set(FACET_NAMES)
        if unknown:
            raise ValueError(f"unknown facet: {', '.join(sorted(unknown))}")
        chosen = {name: frozenset(values) for name, values in self.facets.items() if values}
        object.__setattr__(self, "facets", MappingProxyType(chosen))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SearchState):
            return NotImplemented
        return (self.query, self.category, dict(self.facets)) == (
            other.query,
            other.category,
            dict(other.facets),
        )

    def __hash__(self) -> int:
        return hash((self.query, self.category, frozenset(self.facets.items())))

    def filters(self) -> Filters:
        """The filters of the search index for this request."""
        category = [self.category] if self.category else []
        return Filters(category=category, **self.facets)

    @property
    def narrowed(self) -> bool:
        """Whether the request keeps fewer than every card (words, a category or a facet)."""
        return bool(self.query.strip() or self.category or self.facets)

    def with_query(self, query: str) -> SearchState:
        return replace(self, query=query)

    def with_category(self, category: str | None) -> SearchState:
        return replace(self, category=category)

    def with_facet(self, name: str, values: Iterable[FacetValue]) -> SearchState:
        return replace(self, facets={**self.facets, name: frozenset(values)})

    def without_filters(self) -> SearchState:
        """The same words, every category and facet back to all."""
        return SearchState(self.query)
