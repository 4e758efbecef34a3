"""The e-Factura screen's dialogs and panels: ANAF setup, certificate sign-in, tokens, submissions, inbox."""
