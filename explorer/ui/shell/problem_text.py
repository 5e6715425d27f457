"""Why a content pack was refused, or the content could not be opened, in the interface
language.

The content layer words its messages in English and keeps each one's template and values
(``explorer.domain.wording``); here the template is looked up in the translations (context
``PackProblems``) and the values are filled in. Values quoted from a pack stay as written,
with hidden characters shown as escapes (``printable``), as in the English text. The
system's own messages (``SystemText``) are said in words of the interface's language; in
English, as the system wrote them, so that the window says what the command line says.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from explorer.content.problems import PackInvalid, Problem, printable
from explorer.domain.wording import CONTEXT, SystemText, Value, Wording, fill, technical_texts


def said(message: str) -> str:
    """``message`` in the interface language when it is a ``Wording``; else as written."""
    if not isinstance(message, Wording):
        return message
    if isinstance(message, SystemText) and QLocale().language() == QLocale.Language.English:
        return message.technical  # as the command line and the log say it
    count = message.count
    # Qt puts the count in for %n, and for %Ln as the reader's locale writes it.
    template = QCoreApplication.translate(
        CONTEXT, message.template, message.disambiguation or None, -1 if count is None else count
    )
    return fill(template, [_value_text(value) for value in message.values])


def _value_text(value: Value) -> str:
    if isinstance(value, Wording):
        return said(value)
    if isinstance(value, float):  # one decimal, none for a whole number
        return QLocale().toString(value, "f", 0 if round(value, 1).is_integer() else 1)
    if isinstance(value, int) and not isinstance(value, bool):
        return QLocale().toString(value)
    return str(value)


def refusal_text(refusal: BaseException | str) -> str:
    """Why nothing was imported or opened: a pack's problems, or the reason given."""
    if isinstance(refusal, PackInvalid):
        return ProblemTexts().invalid(refusal)
    if isinstance(refusal, BaseException):
        return printable(said(refusal.args[0])) if refusal.args else printable(str(refusal))
    return printable(said(refusal))


def technical_details(refusal: BaseException | str) -> str:
    """The system's messages that ``refusal`` quotes, as written, one a line ("" if none):
    for whoever looks after the explorer."""
    if isinstance(refusal, PackInvalid):
        messages = [problem.message for problem in refusal.problems]
    elif isinstance(refusal, BaseException):
        messages = list(refusal.args[:1])
    else:
        messages = [refusal]
    texts = [text for message in messages for text in technical_texts(message)]
    return "\n".join(printable(text) for text in dict.fromkeys(texts))


class ProblemTexts(QObject):
    """The translation context of the words around problems (a class, so pyside6-lupdate
    finds the plurals)."""

    def invalid(self, invalid: PackInvalid) -> str:
        count = len(invalid.problems) + invalid.unlisted
        if invalid.unlisted:
            heading = self.tr("the pack has %n problems; the first %1 are:", "", count)
            heading = fill(heading, [QLocale().toString(len(invalid.problems))])
        else:
            heading = self.tr("the pack has %n problem(s):", "", count)
        return "\n".join([heading, *(self.problem(problem) for problem in invalid.problems)])

    def problem(self, problem: Problem) -> str:
        """The problem as ``str(problem)`` gives it in English: where it is, then what."""
        where = problem.file
        if problem.line is not None:
            line = QLocale().toString(problem.line)
            where = fill(self.tr("%1, line %2"), [problem.file, line])
        place = [said(part) for part in (where, problem.item, problem.field) if part is not None]
        return printable(": ".join([*place, said(problem.message)]))
