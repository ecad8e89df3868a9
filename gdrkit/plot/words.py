"""Word clouds drawn with the CJK font matplotlib uses."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

import pandas as pd

from ._common import _ax, _need

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from wordcloud import WordCloud

__all__ = ["wordcloud_image", "word_cloud"]


def wordcloud_image(frequencies: Mapping[str, float] | pd.Series, *, font: str | None = None, seed: int = 0,
                    width: int = 1050, height: int = 700, max_words: int = 150) -> WordCloud:
    """A :class:`wordcloud.WordCloud` drawn from word frequencies with the CJK font that
    matplotlib uses (same path), seeded so the layout is reproducible."""
    from wordcloud import WordCloud

    from .fonts import cjk_font_path

    freqs = dict(frequencies.items()) if isinstance(frequencies, pd.Series) else dict(frequencies)
    freqs = {str(k): float(v) for k, v in freqs.items() if v and v > 0 and str(k).strip()}
    if not freqs:
        raise ValueError("word cloud: no words with a positive frequency")
    # sort by (-freq, word) so ties do not depend on input order
    freqs = dict(sorted(freqs.items(), key=lambda kv: (-kv[1], kv[0])))
    wc = WordCloud(font_path=cjk_font_path(font), random_state=seed, width=width, height=height,
                   background_color="white", colormap="cividis", max_words=max_words,
                   prefer_horizontal=1.0, collocations=False)
    return wc.generate_from_frequencies(freqs)


def word_cloud(data: Mapping[str, float] | pd.Series | pd.DataFrame, *, x: str | None = None, y: str | None = None,
               hue: str | None = None, ax: Axes | None = None, font: str | None = None, seed: int = 0,
               max_words: int = 150) -> Axes:
    """Draw a word cloud on ``ax``. ``data`` is a word → frequency mapping, or a table with
    the word in column ``x`` and its weight in column ``y``. ``hue`` is not used."""
    if isinstance(data, pd.DataFrame):
        if x is None or y is None:
            raise ValueError("word_cloud: a table needs x= (word column) and y= (weight column)")
        _need(data, x, y)
        data = data.groupby(x)[y].sum()
    ax = _ax(ax)
    wc = wordcloud_image(data, font=font, seed=seed, max_words=max_words)
    ax.imshow(wc.to_array(), interpolation="bilinear")
    ax.set_axis_off()
    return ax
