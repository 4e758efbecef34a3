"""The content hash decides "already imported": it must stay byte-for-byte what earlier versions stored."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from invoicedesk.app.order_validation import buyer_json, content_hash
from invoicedesk.core.documents import Address, Client, Order, OrderLine, PaymentStatus
from invoicedesk.store.repositories.orders import buyer_snapshot


def reference_hash(order: Order) -> str:
    """The recipe the stored hashes were made with: json.dumps of this dict, SHA-256 of its UTF-8."""

    def canonical(value: Decimal) -> str:
        return format(value.normalize(), "f")

    content = {
        "external_id": order.external_id,
        "order_date": order.order_date.isoformat(),
        "currency": order.currency,
        "status": order.status,
        "payment_status": str(order.payment_status),
        "payment_method": order.payment_method,
        "shipping_method": order.shipping_method,
        "note": order.note,
        "buyer": buyer_snapshot(order.buyer),
        "lines": [
            [
                line.name,
                line.sku,
                canonical(line.quantity),
                line.unit,
                canonical(line.unit_price),
                canonical(line.vat_rate),
                line.price_includes_vat,
            ]
            for line in order.lines
        ],
    }
    encoded = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()


def plain_order() -> Order:
    return Order(
        external_id="A-1",
        order_date=dt.date(2025, 5, 5),
        currency="CZK",
        lines=[
            OrderLine(name="Thing", quantity=Decimal("1"), unit_price=Decimal("100"), vat_rate=Decimal("21"))
        ],
        buyer=Client(
            name="Buyer s.r.o.",
            external_id="B-1",
            email="b@example.com",
            address=Address(country="CZ"),
            is_business=False,
            is_vat_payer=False,
        ),
    )


def awkward_order() -> Order:
    return Order(
        external_id='W-"7"\\',
        order_date=dt.date(2024, 12, 31),
        currency="EUR",
        status="shipped",
        payment_status=PaymentStatus.PAID,
        payment_method="card",
        shipping_method="Zásilkovna",
        note="Leave at the door\n\tringing twice \u2028 😀",
        lines=[
            OrderLine(
                name='Gift box "Morning"',
                quantity=Decimal("2.500"),
                unit_price=Decimal("349.50"),
                vat_rate=Decimal("12.0"),
                unit="kg",
                sku="GB-1",
                price_includes_vat=True,
            ),
            OrderLine(
                name="Vrácení", quantity=Decimal("-1"), unit_price=Decimal("0.0001"), vat_rate=Decimal("0")
            ),
        ],
        buyer=Client(
            name="Kavárna U Mostu s.r.o.",
            registration_id="25596641",
            vat_id="CZ25596641",
            local_tax_id="x\x01y",
            email="objednavky@umostu.example",
            phone="+420 601 111 222",
            address=Address(street="Mostecká 12", city="Praha 1", postal_code="118 00", country="CZ"),
        ),
    )


def test_hashes_of_already_stored_orders_do_not_change() -> None:
    # Made by the version that stored the first orders; a different value would turn every re-import of an
    # old file into "differs from the stored order".
    assert content_hash(plain_order()) == "995fd6e972e3abb0f8d572a8d461dcee3ec5215c93b3affb835c7c0f8713e1e1"
    assert content_hash(awkward_order()) == "cdb1264102d35644e3c5653bd4c780613f78e9d751d049fedf2510f351cc62fa"


def test_the_same_quantity_written_differently_hashes_alike() -> None:
    first, second = plain_order(), plain_order()
    second.lines[0].quantity = Decimal("1.000")
    second.lines[0].unit_price = Decimal("100.0")
    assert content_hash(first) == content_hash(second)
    second.lines[0].unit_price = Decimal("100.01")
    assert content_hash(first) != content_hash(second)


texts = st.text(max_size=12)
amounts = st.decimals(min_value=-(10**6), max_value=10**6, places=4, allow_nan=False, allow_infinity=False)


@st.composite
def orders(draw: st.DrawFn) -> Order:
    buyer = Client(
        name=draw(texts),
        external_id=draw(texts),
        registration_id=draw(texts),
        vat_id=draw(texts),
        local_tax_id=draw(texts),
        personal_id=draw(texts),
        email=draw(texts),
        phone=draw(texts),
        address=Address(
            street=draw(texts),
            city=draw(texts),
            postal_code=draw(texts),
            country=draw(texts),
            region=draw(texts),
        ),
        is_business=draw(st.booleans()),
        is_vat_payer=draw(st.booleans()),
    )
    lines = [
        OrderLine(
            name=draw(texts),
            quantity=draw(amounts),
            unit_price=draw(amounts),
            vat_rate=draw(amounts),
            unit=draw(texts),
            sku=draw(texts),
            price_includes_vat=draw(st.booleans()),
        )
        for _ in range(draw(st.integers(0, 3)))
    ]
    return Order(
        external_id=draw(texts),
        order_date=draw(st.dates()),
        currency=draw(texts),
        lines=lines,
        buyer=buyer,
        status=draw(texts),
        payment_status=draw(st.sampled_from(list(PaymentStatus))),
        payment_method=draw(texts),
        shipping_method=draw(texts),
        note=draw(texts),
    )


@settings(max_examples=200, deadline=None)
@given(orders())
def test_the_hash_and_the_stored_buyer_are_the_stdlib_canonical_json(order: Order) -> None:
    assert content_hash(order) == reference_hash(order)
    snapshot = buyer_snapshot(order.buyer)
    text = buyer_json(order.buyer)
    assert text == json.dumps(snapshot, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    assert json.loads(text) == snapshot
