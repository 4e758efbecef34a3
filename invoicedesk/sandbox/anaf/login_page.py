"""The page that stands in for the browser's certificate prompt and the token's PIN dialog.

Element ids are stable for browser tests: #certificate (select), #pin, #signin, #cancel, #error.
"""

from __future__ import annotations

from html import escape

from invoicedesk.sandbox.anaf.config import Certificate


def render(
    *,
    certificates: list[Certificate],
    hidden: dict[str, str],
    error: str | None = None,
    selected: str | None = None,
) -> str:
    options = "\n".join(
        f'<option value="{escape(c.serial)}"{" selected" if c.serial == selected else ""}>'
        f"{escape(c.label)}</option>"
        for c in certificates
    )
    hidden_inputs = "\n".join(
        f'<input type="hidden" name="{escape(name)}" value="{escape(value)}">'
        for name, value in hidden.items()
    )
    error_block = f'<p id="error" role="alert" class="error">{escape(error)}</p>' if error else ""
    return f"""<!DOCTYPE html>
<html lang="ro">
<head><meta charset="utf-8"><title>ANAF - Autentificare cu certificat digital (sandbox)</title>
<style>body{{font-family:sans-serif;max-width:36em;margin:3em auto}}label{{display:block;margin-top:1em}}
.error{{color:#a00;font-weight:bold}}</style></head>
<body>
<h1>Autentificare cu certificat digital</h1>
<p>Emulator: alegeti certificatul de pe token si introduceti PIN-ul.</p>
{error_block}
<form id="login" method="post" action="/anaf-oauth2/v1/authorize">
{hidden_inputs}
<label for="certificate">Certificat</label>
<select id="certificate" name="certificate">
{options}
</select>
<label for="pin">PIN token</label>
<input id="pin" name="pin" type="password" autocomplete="off">
<p><button id="signin" name="action" value="signin" type="submit">Autentificare</button>
<button id="cancel" name="action" value="cancel" type="submit">Renunta</button></p>
</form>
</body>
</html>
"""
