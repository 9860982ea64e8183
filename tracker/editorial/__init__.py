"""What editors do: the review gate and the article rewriter."""
