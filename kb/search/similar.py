"""Similar sheets: cosine similarity of TF-IDF vectors of what a sheet is about — its concepts,
publics, themes and modes, the words of its title and summary. Engine-independent, and fast:
one sparse matrix product by blocks (10 000 sheets in about a second), where Whoosh's
more-like-this took a tenth of a second per sheet."""

from __future__ import annotations

import math
from collections import Counter

import numpy as np
from scipy import sparse

from ..model import Corpus, Sheet, SheetId
from .french import analyse

# feature family -> weight: shared concepts say most about what a practice does
WEIGHTS = {"concepts": 3.0, "themes": 2.0, "publics": 1.0, "modes_intervention": 1.0, "titre": 2.0, "resume": 1.0}
BLOCK = 2000


def _features(sheet: Sheet) -> Counter[str]:
    features: Counter[str] = Counter()
    for key in ("concepts", "themes", "publics", "modes_intervention"):
        for term in sheet.terms.get(key, ()):
            features[f"{key}:{term}"] += WEIGHTS[key]
    for word in analyse(sheet.title):
        features[f"w:{word}"] += WEIGHTS["titre"]
    for word in analyse(sheet.summary):
        features[f"w:{word}"] += WEIGHTS["resume"]
    return features


def similar(corpus: Corpus, per_sheet: int = 5) -> dict[SheetId, list[SheetId]]:
    sheets = list(corpus.sheets)
    if len(sheets) < 2:
        return {sheet.id: [] for sheet in sheets}
    bags = [_features(sheet) for sheet in sheets]
    vocabulary: dict[str, int] = {}
    rows, cols, values = [], [], []
    for row, bag in enumerate(bags):
        for feature, weight in bag.items():
            rows.append(row)
            cols.append(vocabulary.setdefault(feature, len(vocabulary)))
            values.append(1.0 + math.log(weight))
    matrix = sparse.csr_matrix((values, (rows, cols)), shape=(len(sheets), len(vocabulary)), dtype=np.float32)
    document_frequency = np.bincount(matrix.indices, minlength=len(vocabulary))
    idf = np.log((1 + len(sheets)) / (1 + document_frequency)).astype(np.float32) + 1.0
    if len(sheets) >= 1000:  # features shared by a tenth of the sheets say little and densify the product
        idf[document_frequency > len(sheets) // 10] = 0.0
    matrix = matrix @ sparse.diags(idf)
    matrix.eliminate_zeros()
    norms = np.sqrt(matrix.multiply(matrix).sum(axis=1)).A1
    norms[norms == 0] = 1.0
    matrix = sparse.diags(1.0 / norms) @ matrix
    matrix = sparse.csr_matrix(matrix)
    transposed = matrix.T.tocsc()
    k = min(per_sheet, len(sheets) - 1)
    result: dict[SheetId, list[SheetId]] = {}
    for start in range(0, len(sheets), BLOCK):
        block = (matrix[start:start + BLOCK] @ transposed).toarray()
        for offset in range(block.shape[0]):
            block[offset, start + offset] = -1.0  # never itself
        top = np.argpartition(-block, k, axis=1)[:, :k]
        for offset, candidates in enumerate(top):
            ordered = sorted(candidates, key=lambda j: (-block[offset, j], sheets[j].id))
            result[sheets[start + offset].id] = [sheets[j].id for j in ordered if block[offset, j] > 0]
    return result
