"""Cyrillic and Latin: the Kazakh Latin alphabet for display, and a shared key for search.

Two jobs, kept apart because they want opposite things:

* :func:`kazakh_latin` writes Kazakh (or Russian) Cyrillic text in the Kazakh Latin alphabet
  as revised in 2021, for people to read. It keeps every distinction the alphabet makes.
* :func:`skeleton` reduces one word, in either script, to a plain ASCII key that throws
  distinctions away on purpose, so that the spellings people actually type meet:
  "Абай", "Abai", "Abay", "Abaı" and "ABAI" all become "abai".
  :func:`search_forms` gives the forms under which a word is indexed and queried.

Kazakh Latin alphabet, as revised in 2021
-----------------------------------------

The 2021 revision has 31 letters: A Ä B D E F G Ğ H I İ J K L M N Ñ O Ö P Q R S Ş T U Ū Ü V
Y Z. Upper and lower case pair as in Turkish: "I ı" (dotless) is Kazakh "І і", and "İ i"
(dotted) is "И и" and "Й й". ``KAZAKH_LATIN_2021`` lists the letters one by one:

    А а  A a      Й й  İ i      С с  S s
    Ә ә  Ä ä      К к  K k      Т т  T t
    Б б  B b      Қ қ  Q q      У у  U u
    В в  V v      Л л  L l      Ұ ұ  Ū ū
    Г г  G g      М м  M m      Ү ү  Ü ü
    Ғ ғ  Ğ ğ      Н н  N n      Ф ф  F f
    Д д  D d      Ң ң  Ñ ñ      Х х  H h
    Е е  E e      О о  O o      Һ һ  H h
    Ж ж  J j      Ө ө  Ö ö      Ш ш  Ş ş
    З з  Z z      П п  P p      Ы ы  Y y
    И и  İ i      Р р  R r      І і  I ı

The alphabet has no letter of its own for Ё Ц Ч Щ Ъ Ь Э Ю Я, which Kazakh uses only in words
taken from Russian. We write them with letters of the alphabet where one fits and with the
familiar digraph otherwise: Ё "İo", Ю "İu", Я "İa" (й + vowel, as the alphabet writes й),
Э "E", Ц "Ts", Щ "Şş" (Kazakh says щ as a long ш), Ч "Ch" (the alphabet has no C or Ç, so
"ch" cannot be misread), and Ъ, Ь are left out. Transliteration goes letter by letter; the
spelling rules that came with the revision (for example for и and у in native words) are
not applied.

The search skeleton
-------------------

A word is reduced in four steps:

1. "ş" and "ç" (Kazakh and Turkish Latin) are spelled "sh" and "ch"; folding would leave
   "s" and "c".
2. :func:`~explorer.domain.folding.fold`: lower case, no accents, Kazakh letters to their
   base letters (қ→к, ә→а, ...), ё→е.
3. Cyrillic to Latin in the usual English style, simplified (``_CYRILLIC_TO_LATIN``): ж→j
   (the Kazakh Latin J), х→k, ы→i, я→ia, ю→iu, ъ ь dropped. In Latin, q→k (Kazakh Latin Q is
   қ), x→ks, w→v, y→i, and the letters folding leaves alone (ə→a, ŋ→n, ł→l, ø→o, æ→ae, ...).
   Anything that is not an ASCII letter or digit is dropped.
4. Spelling variants, in this order: doubled letters made single; the digraphs in
   ``_DIGRAPHS`` (shch→sh, dzh→j, zh→j, ph→f, kh→k, gh→g, th→t); any other "h" not after
   "s" or "c" → "k"; "c" not before e, i or h → "k"; "ie" at the start or after a vowel → "e";
   doubled letters and digraphs ("shsh") made single again.

The rules are deliberately lossy: they let a few different words meet (Italian "chi" and
English "chi") so that the spellings of one word never miss each other. What meets and what
does not:

* Italian c: "c" before e, i or h stays "c"; every other "c" becomes "k", so "Marco" meets
  "Марко". The soft c of "città" does not meet ч ("Пуччини" does not find "Puccini"): making
  it meet would make "citta" find "chitarra". A "c" at the end of a word becomes "k", so a
  query typed halfway through "Bocc|accio" can miss for a keystroke.
* h: "kh" (the usual romanisation of х) becomes "k", and so does every other "h" except in
  "sh" and "ch", because the Kazakh Latin H is х (or һ): "Khan", "Han" and "Хан" are all
  "kan", "Sūltanhan" and "Сұлтанхан" meet. "gh", "ph" and "th" are "g", "f" and "t", as in
  Italian and English. Italian "h" is silent; it becomes "k" too, harmlessly, because the
  text and the query are treated alike. The price: in Kazakh Latin, s, z, t, g, ğ, p, ş and
  ch before an H read as one digraph, so "Ashana" (асхана) does not meet "асхана".
* Russian е after a vowel or at the start of a word is written "ye" in English: "Tokayev",
  "Yelena". An "i" between a vowel and "e", and "ie" at the start, are therefore reduced
  to "e".
* Doubled letters are single: "Mattarella", "Маттарелла" and "Матарелла" meet.
* Not handled: different names for one place ("Неаполь"/"Napoli", "Рим"/"Roma"), inflection
  ("Абайдың"), "yo" for ё ("yolka" does not find "ёлка"; "елка" does), Italian soft g.
"""

from __future__ import annotations

import re
import unicodedata
from operator import itemgetter
from types import MappingProxyType

from explorer.domain.folding import fold

#: Kazakh Cyrillic letter (lower case) -> Kazakh Latin, as revised in 2021.
KAZAKH_LATIN_2021 = MappingProxyType(
    {
        "а": "a",
        "ә": "ä",
        "б": "b",
        "в": "v",
        "г": "g",
        "ғ": "ğ",
        "д": "d",
        "е": "e",
        "ж": "j",
        "з": "z",
        "и": "i",
        "й": "i",
        "к": "k",
        "қ": "q",
        "л": "l",
        "м": "m",
        "н": "n",
        "ң": "ñ",
        "о": "o",
        "ө": "ö",
        "п": "p",
        "р": "r",
        "с": "s",
        "т": "t",
        "у": "u",
        "ұ": "ū",
        "ү": "ü",
        "ф": "f",
        "х": "h",
        "һ": "h",
        "ш": "ş",
        "ы": "y",
        "і": "ı",
        # No letter of their own in the alphabet; see the module notes.
        "ё": "io",
        "ц": "ts",
        "ч": "ch",
        "щ": "şş",
        "ъ": "",
        "ь": "",
        "э": "e",
        "ю": "iu",
        "я": "ia",
    }
)

# Turkish-style case pairs: the capital of i is İ, the capital of ı is I.
_LATIN_UPPER = str.maketrans({"i": "İ", "ı": "I"})


def _upper(latin: str) -> str:
    return latin.translate(_LATIN_UPPER).upper()


def _title(latin: str) -> str:
    return _upper(latin[:1]) + latin[1:]


# Capitals that become two letters: Title case by default ("Юрий" -> "İurii"), all capitals
# inside a word in capitals ("ЮНЕСКО" -> "İUNESKO"); fixed up by _caps_digraph.
_TO_KAZAKH_LATIN = str.maketrans(
    {
        **KAZAKH_LATIN_2021,
        **{cyr.upper(): _title(lat) for cyr, lat in KAZAKH_LATIN_2021.items()},
    }
)
_CAPITAL_DIGRAPH = re.compile(
    "[" + "".join(cyr.upper() for cyr, lat in KAZAKH_LATIN_2021.items() if len(lat) > 1) + "]"
)


def _caps_digraph(match: re.Match[str]) -> str:
    text, at = match.string, match.start()
    after = text[at + 1 : at + 2]
    before = text[at - 1 : at] if at else ""
    all_caps = after.isupper() or (before.isupper() and not after.islower())
    latin = KAZAKH_LATIN_2021[match.group().lower()]
    return _upper(latin) if all_caps else _title(latin)


def kazakh_latin(text: str) -> str:
    """``text`` with its Cyrillic letters written in the Kazakh Latin alphabet (2021).

    Other characters, Latin letters included, are kept (in NFC). Case is kept: "Шоқан"
    becomes "Şoqan", "ҚАЗАҚСТАН" becomes "QAZAQSTAN", "Юрий" becomes "İurii". Russian text
    goes through the same table.
    """
    text = unicodedata.normalize("NFC", text)  # "й" may arrive as "и" + breve
    if _CAPITAL_DIGRAPH.search(text):
        text = _CAPITAL_DIGRAPH.sub(_caps_digraph, text)
    return text.translate(_TO_KAZAKH_LATIN)


# Step 1: "ş" and "ç" (Kazakh and Turkish Latin) would fold to "s" and "c"; spell them out.
# Romanian "ș" (comma below) is "sh" too.
_CEDILLA = re.compile("[şŞçÇșȘ\u0326\u0327]")
_SPELL_CEDILLA = str.maketrans({"ş": "sh", "Ş": "sh", "ç": "ch", "Ç": "ch", "ș": "sh", "Ș": "sh"})

# Step 3: folded Cyrillic to simple Latin, and the Latin letters that stand for the same
# sounds. Folding has already turned the Kazakh letters into their base letters, ё into е,
# and capitals into small letters.
_CYRILLIC_TO_LATIN = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ж": "j",  # zh; Kazakh Latin J
    "з": "z",
    "и": "i",
    "й": "i",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "k",  # kh; Kazakh Latin H; meets "k" (see the rules)
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "sh",  # shch
    "ъ": "",
    "ы": "i",  # y
    "ь": "",
    "э": "e",
    "ю": "iu",  # yu
    "я": "ia",  # ya
    "є": "ie",  # Ukrainian ye
    "ґ": "g",  # Ukrainian g
}
# Latin letters that have no accent for fold() to strip.
_OTHER_LATIN = {"ə": "a", "ŋ": "n", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th"}
_OTHER_LATIN |= {"æ": "ae", "œ": "oe"}
_TO_LATIN = str.maketrans(
    {**_CYRILLIC_TO_LATIN, **_OTHER_LATIN, "q": "k", "x": "ks", "w": "v", "y": "i"}
)
_NOT_ASCII_ALNUM = re.compile(r"[^a-z0-9]+")
_DOUBLE_LETTER = re.compile(r"([a-z0-9])\1+")
_DOUBLE_DIGRAPH = re.compile(r"(sh|ch|ts)\1+")
_ONCE = itemgetter(1)  # replaces a match by its first group, without a Python-level call

# Step 4, in order. Every digraph holds an "h", and so does every h-rule: when the word has
# no "h" they are all skipped.
_DIGRAPHS = (
    ("shch", "sh"),  # щ
    ("dzh", "j"),  # дж, English j
    ("zh", "j"),  # ж
    ("ph", "f"),
    ("kh", "k"),  # х
    ("gh", "g"),  # Italian hard g
    ("th", "t"),
)
_LONE_H = re.compile(r"(?<![cs])h")  # Kazakh Latin H (х, һ) meets kh, which is now k
_HARD_C = re.compile(r"c(?![ehi])")  # Italian hard c: Marco = Марко
_YE = re.compile(r"^ie|(?<=[aeou])ie")  # Yelena = Елена, Tokayev = Токаев


def skeleton(word: str) -> str:
    """The ASCII key of ``word`` that its spellings in Cyrillic and Latin share.

    Only ASCII lower-case letters and digits; "" when the word has none (emoji, Chinese).
    Meant for one word; spaces and punctuation are dropped, not kept as separators.
    """
    if not word.isascii() and _CEDILLA.search(word):
        word = unicodedata.normalize("NFC", word).translate(_SPELL_CEDILLA)
    return _skeleton_of_folded(fold(word))


def _skeleton_of_folded(text: str) -> str:
    text = text.translate(_TO_LATIN)
    if not (text.isascii() and text.isalnum()):
        text = _NOT_ASCII_ALNUM.sub("", text)
    text = _DOUBLE_LETTER.sub(_ONCE, text)  # so that "cci" is "ci" and "ssh" is "sh" below
    if "h" in text:
        for digraph, letter in _DIGRAPHS:
            while digraph in text:  # "shchch" -> "shch" -> "sh"
                text = text.replace(digraph, letter)
        text = _LONE_H.sub("k", text)
    if "c" in text:
        text = _HARD_C.sub("k", text)
    if "ie" in text:
        text = _YE.sub("e", text)
    text = _DOUBLE_LETTER.sub(_ONCE, text)
    while "hsh" in text or "hch" in text or "sts" in text:  # "shsh", "chch", "tsts"?
        single = _DOUBLE_LETTER.sub(_ONCE, _DOUBLE_DIGRAPH.sub(_ONCE, text))
        if single == text:
            break
        text = single  # again, since "tstshsh" has "shsh" only once "tsts" is "ts"
    return text


def search_forms(word: str) -> tuple[str, ...]:
    """The forms under which ``word`` is indexed and queried: its folding, then its skeleton.

    Without repeats or empty forms: ``search_forms("Абай") == ("абаи", "abai")`` and
    ``search_forms("Abai") == ("abai",)``. A word with no Latin or Cyrillic letter or digit
    keeps only its folding: ``search_forms("北京") == ("北京",)``.
    """
    folded = fold(word)
    if not word.isascii() and _CEDILLA.search(word):
        key = skeleton(word)
    else:
        key = _skeleton_of_folded(folded)  # the same, without folding twice
    if key == folded or not key:
        return (folded,) if folded else ()
    return (folded, key) if folded else (key,)
