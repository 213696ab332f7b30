from mentions import mention

from newscorpus.annotate.amounts import AmountAnnotator


def spans(body: str, *entities: dict) -> list[tuple]:
    return [(e["text"], e["label"], e["origin"])
            for e in AmountAnnotator().spans({"text": body, "entities": list(entities)})]


def test_money_keeps_its_currency_sign_and_scale():
    body = "The regulator fined the firm £4bn, and its rival paid $1.13bn for a stake; shares fell 25p to 176p."
    assert spans(body, mention("4bn", body, "ORDINAL"), mention("1.13bn", body, "MONEY"),
                 mention("25p", body, "CARDINAL")) == [
        ("£4bn", "MONEY", "rule"), ("$1.13bn", "MONEY", "rule"), ("25p", "MONEY", "rule"), ("176p", "MONEY", "rule")]


def test_percentages_and_quantities_come_out_whole():
    body = "Turnout reached 76%, up 3 per cent, as output fell by 2.5m barrels a day and 500 tonnes of grain rotted."
    assert spans(body, mention("76", body, "CARDINAL"), mention("3 per cent", body, "MONEY"),
                 mention("2.5m", body, "CARDINAL")) == [
        ("76%", "PERCENT", "rule"), ("3 per cent", "PERCENT", "rule"), ("2.5m barrels", "QUANTITY", "rule"),
        ("500 tonnes", "QUANTITY", "rule")]


def test_words_alone_are_no_amount_but_stay_before_one():
    body = "Rates may rise by as much as half a point; the club could earn as much as £40m from the sale."
    assert spans(body, mention("as much as", body, "PERCENT"), mention("as much as £40", body, "MONEY")) == [
        ("as much as £40m", "MONEY", "rule")]


def test_an_amount_already_whole_is_left_as_the_model_found_it_and_names_are_not_cut():
    body = "Vodafone paid US$20m for the 3G licence; the Fortune 500 list grew."
    model = mention("US$20m", body, "MONEY")
    assert spans(body, model, mention("Fortune 500", body, "ORG")) == [
        ("US$20m", "MONEY", "model"), ("Fortune 500", "ORG", "model")]


def test_an_age_is_no_date_but_a_year_is():
    body = "Jane Hill, 57, joined the board in 1998."
    assert spans(body, mention("57", body, "DATE"), mention("1998", body, "DATE")) == [
        ("57", "CARDINAL", "rule"), ("1998", "DATE", "model")]
