"""Training modules: reading modules/*.yml and timing their sequences."""
