"""The setup wizard of a connection: navigation as plain data (flow), its work (jobs), its Qt view."""
