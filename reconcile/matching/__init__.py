"""Matching claims into events: features, blocking, scoring, clustering (no database here)."""

from .batch import Batch, build_batch, paragraph_of, paragraph_starts
from .blocking import all_pairs, candidate_pairs
from .clustering import Clustering, assign_ids, cluster_batch, partition
from .features import EVENT_KINDS
from .scoring import RULES, THRESHOLD, score_pairs

__all__ = [
    "Batch", "build_batch", "paragraph_of", "paragraph_starts", "all_pairs", "candidate_pairs",
    "Clustering", "assign_ids", "cluster_batch", "partition", "EVENT_KINDS", "RULES", "THRESHOLD",
    "score_pairs",
]
