"""Language per transcript, and the per-language tools built on it."""

from __future__ import annotations

from functools import lru_cache

import spacy
from py3langid.langid import MODEL_FILE, LanguageIdentifier

# Restricting the detector to the languages a study can contain is what makes
# it reliable: unrestricted, short Swedish answers ("Ja.", "Precis!") come out
# as Estonian or Norwegian.
DEFAULT_LANGUAGES = ("sv", "en")
_SAMPLE_CHARS = 20_000


@lru_cache(maxsize=8)
def _identifier(languages: tuple[str, ...]) -> LanguageIdentifier:
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(languages))
    return identifier


def detect_language(text: str, languages: tuple[str, ...] = DEFAULT_LANGUAGES) -> str:
    """ISO 639-1 code of the most likely language of `text` among `languages`.

    Examples:
        >>> detect_language("Vi väntade i tre månader på beslutet.")
        'sv'
    """
    if len(languages) == 1:
        return languages[0]
    language, _probability = _identifier(tuple(languages)).classify(text[:_SAMPLE_CHARS])
    return language


@lru_cache(maxsize=8)
def sentence_splitter(language: str) -> spacy.language.Language:
    """A blank spaCy pipeline with a rule-based sentencizer for `language`.

    No trained Swedish pipeline exists on PyPI; the sentencizer after splitting
    on speaker turns is what works offline for both languages.
    """
    try:
        nlp = spacy.blank(language)
    except ImportError:
        nlp = spacy.blank("xx")
    nlp.add_pipe("sentencizer")
    return nlp
