"""The link types a collection knows, and how a link reads from either of its cards.

A link is directed: "Marco Polo Street *named after* Marco Polo". On the card it starts
from it reads with its own ``label``; on the card it points to it reads the other way round
("Marco Polo *gave its name to* Marco Polo Street"): with the link's ``reverse_label`` when
the pack gives one, else with the reverse label of its type from ``LINK_TYPES``, else with
the neutral ``LINKED_WITH``. Missing languages of a pack's labels are filled in from the
vocabulary, so a link of a known type reads in every interface language.

Labels are written as headings above the other card's title, so they never need to agree
with it in gender or case; where a language would make a verb agree, a noun or an
impersonal form is used instead.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from explorer.domain.entities import Link, Localized


@dataclass(frozen=True)
class LinkType:
    """A kind of link between two cards, as it reads from either of them."""

    forward: Localized
    """How a link of this type reads on the card it starts from."""
    reverse: Localized
    """How it reads on the card it points to."""


def _type(forward: tuple[str, str, str, str], reverse: tuple[str, str, str, str]) -> LinkType:
    languages = ("en", "it", "kk", "ru")
    return LinkType(
        dict(zip(languages, forward, strict=True)), dict(zip(languages, reverse, strict=True))
    )


LINKED_WITH: Localized = {
    "en": "linked with",
    "it": "in relazione con",
    "kk": "байланысты",
    "ru": "связано с",
}
"""What a link reads as on the card it points to when neither the pack nor the vocabulary
says how it reads that way round."""

# fmt: off
LINK_TYPES: Mapping[str, LinkType] = {
    "adopted-at": _type(
        ("adopted at", "adottata al", "қабылданған жері", "принята на"),
        ("saw the adoption of", "sede dell'adozione di", "онда қабылданды", "место принятия"),
    ),
    "agreed-at": _type(
        ("agreed at", "concordata durante", "барысында келісілді", "согласовано на"),
        ("saw agreement on", "sede dell'accordo su", "онда келісілді", "здесь согласовано"),
    ),
    "announced": _type(
        ("announced", "ha annunciato", "жариялады", "объявил"),
        ("announced by", "annuncio di", "жариялаған", "по заявлению"),
    ),
    "announced-at": _type(
        ("announced at", "annunciata durante", "барысында жарияланды", "объявлено во время"),
        ("saw the announcement of", "sede dell'annuncio di", "онда жарияланды",
         "здесь объявлено"),
    ),
    "announces": _type(
        ("announces", "annuncia", "жариялайды", "объявляет"),
        ("announced by", "oggetto dell'annuncio", "жариялау нысаны", "предмет объявления"),
    ),
    "branch-of": _type(
        ("branch of", "sede distaccata di", "филиалы", "филиал"),
        ("has the branch", "ha la sede distaccata", "құрамындағы филиалы", "имеет филиал"),
    ),
    "builds-on": _type(
        ("builds on", "prosegue", "жалғастырады", "продолжает"),
        ("continued in", "ha avuto seguito in", "жалғасын тапты", "продолжение"),
    ),
    "connects": _type(
        ("connects", "collega", "байланыстырады", "соединяет"),
        ("connected by", "collegamento con", "арқылы байланысты", "соединяется через"),
    ),
    "counterpart-of": _type(
        ("counterpart of", "gesto speculare a", "жауап қадамы", "ответный жест"),
        ("answered by", "ha avuto in risposta", "жауабы", "ответный шаг"),
    ),
    "describes": _type(
        ("describes", "descrive", "сипаттайды", "описывает"),
        ("described by", "nel racconto di", "сипаттамасын берген", "в описании"),
    ),
    "follows": _type(
        ("follows", "segue", "ізін ала келді", "следует за"),
        ("followed by", "a cui segue", "одан кейін келген", "за этим последовало"),
    ),
    "from": _type(
        ("from", "originario di", "шыққан жері", "родом из"),
        ("home town of", "luogo d'origine di", "осыдан шыққан", "родина"),
    ),
    "hailed": _type(
        ("hailed as a new chapter", "ha definito un nuovo capitolo", "жаңа кезең деп атады",
         "назвал новой главой"),
        ("hailed as a new chapter by", "un nuovo capitolo secondo", "жаңа кезең деп атаған",
         "новая глава, по словам"),
    ),
    "heads-office-of": _type(
        ("heads an office of", "dirige un ufficio di", "кеңсесін басқарады", "руководит офисом"),
        ("has an office headed by", "ufficio diretto da", "кеңсесінің басшысы",
         "офис возглавляет"),
    ),
    "held-in": _type(
        ("held in", "si è svolto a", "өткен жері", "место проведения"),
        ("venue of", "sede di", "осында өтті", "здесь состоялось"),
    ),
    "honours": _type(
        ("honours", "rende omaggio a", "құрметіне арналған", "посвящён"),
        ("honoured by", "a cui rende omaggio", "оның құрметіне арналған", "посвящение"),
    ),
    "hosted-at": _type(
        ("hosted at", "ospitata presso", "базасында орналасқан", "на базе"),
        ("hosts", "ospita", "өз базасында", "принимает"),
    ),
    "hurdle-for": _type(
        ("hurdles for", "ostacoli per", "кедергі келтіреді", "препятствия для"),
        ("faces", "affronta", "кедергілері", "сталкивается с"),
    ),
    "led-by": _type(
        ("led by", "guidato da", "басшысы", "под руководством"),
        ("leads", "guida", "басқарады", "возглавляет"),
    ),
    "led-to": _type(
        ("led to", "ha portato a", "негіз болды", "привёл к"),
        ("resulted from", "frutto di", "негізінде құрылды", "вследствие"),
    ),
    "lives-in": _type(
        ("lives in", "vive a", "тұрады", "живёт в"),
        ("home of", "luogo di residenza di", "осында тұрады", "здесь живёт"),
    ),
    "located-in": _type(
        ("located in", "si trova a", "орналасқан жері", "находится в"),
        ("location of", "ospita", "осында орналасқан", "здесь находится"),
    ),
    "marks": _type(
        ("marks", "celebra", "атап өтеді", "отмечает"),
        ("marked by", "celebrazione", "атап өтілді", "празднование"),
    ),
    "named-after": _type(
        ("named after", "intitolata a", "есімімен аталған", "названа в честь"),
        ("gave its name to", "ha dato il nome a", "есімі берілген", "его имя носит"),
    ),
    "operated-by": _type(
        ("operated by", "operato da", "тасымалдаушысы", "выполнен компанией"),
        ("operates", "gestisce", "жүзеге асырады", "выполняет"),
    ),
    "part-of": _type(
        ("part of", "fa parte di", "құрамдас бөлігі", "часть"),
        ("includes", "comprende", "құрамында", "включает"),
    ),
    "passes-through": _type(
        ("passes through", "passa per", "арқылы өтеді", "проходит через"),
        ("on the route of", "tappa di", "осы арқылы өтеді", "здесь проходит"),
    ),
    "promoted": _type(
        ("promoted", "ha promosso", "ілгерілетті", "продвигало"),
        ("promoted by", "con il sostegno di", "ілгерілетушісі", "при поддержке"),
    ),
    "related": _type(
        ("related to", "collegato a", "байланысты", "связано с"),
        ("related to", "collegato a", "байланысты", "связано с"),
    ),
    "reported-by": _type(
        ("reported by", "annunciato da", "хабарлаған", "по сообщению"),
        ("reports on", "ne dà notizia", "хабарлады", "сообщает о"),
    ),
    "signed-in": _type(
        ("signed in", "firmato a", "қол қойылған жері", "подписан в"),
        ("saw the signing of", "sede della firma di", "осында қол қойылды", "место подписания"),
    ),
    "stages": _type(
        ("stages", "mette in scena", "сахналайды", "ставит"),
        ("staged by", "in scena a", "сахналаушысы", "на сцене"),
    ),
    "stresses": _type(
        ("stresses", "sottolinea", "маңызын атап көрсетеді", "подчёркивает"),
        ("stressed in", "al centro di", "маңызы атап көрсетілген", "упоминается в"),
    ),
    "supports": _type(
        ("supports", "sostiene", "қолдайды", "поддерживает"),
        ("supported by", "con il sostegno di", "қолдаушысы", "при поддержке"),
    ),
    "took-part-in": _type(
        ("took part in", "ha partecipato a", "қатысты", "участвовал в"),
        ("with the participation of", "con la partecipazione di", "қатысушысы",
         "при участии"),
    ),
    "visited": _type(
        ("visited", "ha visitato", "сапармен барды", "посетил"),
        ("visited by", "ha ricevuto la visita di", "сапармен келген", "визит"),
    ),
    "welcomed": _type(
        ("welcomed", "ha accolto", "қарсы алды", "встретил"),
        ("welcomed by", "con l'accoglienza di", "қарсы алған", "встречающая сторона"),
    ),
    "works-with": _type(
        ("works with", "collabora con", "бірге жұмыс істейді", "сотрудничает с"),
        ("works with", "collabora con", "бірге жұмыс істейді", "сотрудничает с"),
    ),
}
# fmt: on


def _filled(texts: Localized, defaults: Localized) -> dict[str, str]:
    """``texts``, with the languages it lacks taken from ``defaults``."""
    return {**defaults, **{language: text for language, text in texts.items() if text}}


def forward_label(link: Link) -> dict[str, str]:
    """How ``link`` reads on the card it starts from."""
    known = LINK_TYPES.get(link.type)
    return _filled(link.label, known.forward) if known else dict(link.label)


def reverse_label(link: Link) -> dict[str, str]:
    """How ``link`` reads on the card it points to."""
    known = LINK_TYPES.get(link.type)
    return _filled(link.reverse_label, known.reverse if known else LINKED_WITH)


def reading(link: Link, *, outgoing: bool) -> dict[str, str]:
    """How ``link`` reads on the card it starts from (``outgoing``) or points to."""
    return forward_label(link) if outgoing else reverse_label(link)
