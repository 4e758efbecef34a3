"""Connectors: one package per service, the shared contract, the error taxonomy and the HTTP plumbing."""
