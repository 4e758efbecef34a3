"""InvoiceDesk: connects a firm's sales documents to the online invoicing services it uses."""

__version__ = "0.1.0"
APP_NAME = "InvoiceDesk"
