"""The domain: money, VAT, documents, parties, series and identifiers. Pure Python, no I/O."""
