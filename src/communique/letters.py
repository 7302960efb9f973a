"""Text in plain Latin letters: what a folder name and a comparison of names read.

A name may be spelt in its own alphabet and in plain letters ("İlham Əliyev", "Ilham Aliyev";
"Erdoğan", "Erdogan"), and a file may be named with accents ("státement"). Accents fall away
rather than the letters, and the letters that carry no accent to strip but have a plain form in
names written without them ("Əliyev" is "Aliyev", "Løkke" "Lokke") take it.
"""

from __future__ import annotations

import unicodedata

_PLAIN_LETTERS = str.maketrans({"ı": "i", "ə": "a", "Ə": "A", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L",
                                "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ß": "ss", "æ": "ae", "Æ": "Ae"})


def plain(text: str) -> str:
    """``text`` without its accents, in plain Latin letters where a letter has such a form."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_PLAIN_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))
