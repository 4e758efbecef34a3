"""Romania's ANAF e-Factura: UBL documents, their validation and the SPV service."""
