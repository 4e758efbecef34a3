"""Dialogs and panes opened from the screens: issuing documents, number series, document details."""
