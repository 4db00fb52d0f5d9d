"""The evaluation's papers, read from the evaluation: the ranking and an A4 report per unit
(documents/partners.py draws them)."""

from __future__ import annotations

from gridesk import clock
from gridesk.core.actor import Actor
from gridesk.core.labels import zh
from gridesk.core.partners.evaluation import MEASURES, Evaluation, evaluate
from gridesk.core.partners.labels import ITEM_STATUS, KIND, LIST, MEASURE, PIONEER
from gridesk.core.partners.registry import list_items, list_units
from gridesk.core.printing import FAMILY_PAGE, Document, document_station
from gridesk.core.store import Store
from gridesk.documents.partners import (
    CriterionLine,
    ListLine,
    RankingLine,
    UnitReport,
    render_evaluation,
)
from gridesk.errors import QT_TRANSLATE_NOOP


def hours_words(hours: float) -> str:
    return f"{hours:.1f} 小时"


def figure_words(evaluation: Evaluation, measure: str, result_index: int) -> str:
    """A unit's figure for a measure as printed: 12 件, 3.5 小时 …; — for the sheet's scores."""
    r = evaluation.results[result_index]
    f = r.figures
    if measure == "cases":
        return f"{f.cases} 件（已响应 {f.acknowledged}）"
    if measure == "response":
        return "—" if f.response_hours is None else f"平均 {f.response_hours:.1f} 小时"
    if measure == "volunteer_hours":
        return hours_words(f.volunteer_hours)
    if measure in ("residents", "centre"):
        given = r.manual.get(measure)
        return "未评" if given is None else f"{given} 分"
    units = {
        "wishes": "个",
        "bookings": "次",
        "activities": "场",
        "projects": "项",
        "members": "名",
    }
    return f"{int(f.value(measure) or 0)} {units[measure]}"


def evaluation_pdf(store: Store, actor: Actor, year: int) -> bytes:
    evaluation = evaluate(store, actor, year)
    units = {u.id: u for u in list_units(store, actor)}
    ranking = [
        RankingLine(
            rank=r.rank,
            name=r.name,
            kind=zh(KIND, r.kind),
            total=r.total,
            cases=r.figures.cases,
            wishes=r.figures.wishes,
            hours=hours_words(r.figures.volunteer_hours),
        )
        for r in evaluation.results
    ]
    reports = []
    for n, r in enumerate(evaluation.results):
        unit = units.get(r.unit_id)
        criteria = tuple(
            CriterionLine(
                name=zh(MEASURE, m),
                figure=figure_words(evaluation, m, n),
                weight=evaluation.weights[m],
                score=r.scores[m],
            )
            for m in MEASURES
            if evaluation.weights[m] > 0
        )
        lists = tuple(
            ListLine(zh(LIST, i.list), i.title, zh(ITEM_STATUS, i.status))
            for i in list_items(store, actor, r.unit_id)
        )
        contact = " ".join(p for p in (unit.contact_name, unit.contact_phone) if p) if unit else ""
        reports.append(
            UnitReport(
                name=r.name,
                kind=zh(KIND, r.kind),
                contact=contact,
                members=r.figures.members,
                rank=r.rank,
                of=len(evaluation.results),
                total=r.total,
                criteria=criteria,
                lists=lists,
            )
        )
    return render_evaluation(year, ranking, reports, document_station(store), clock.today())


def pioneer_pdf(store: Store, actor: Actor, year: int) -> bytes:
    """The 先锋指数 board of ``year``: members ranked, and the rule of the index."""
    from gridesk.core.partners.pioneer import (
        COMPONENTS,
        pioneer_index,
        pioneer_weights,
    )
    from gridesk.documents.partners import PioneerLine, render_pioneer_board

    weights = pioneer_weights(store, actor)
    rows = pioneer_index(store, actor, year, weights)
    units = {"hours": "每小时", "cases": "每件", "wishes": "每个", "activities": "每场"}
    rule = "先锋指数 = " + " + ".join(
        f"{zh(PIONEER, c)}（{units[c]} {weights[c]:g} 分）" for c in COMPONENTS if weights[c]
    )
    lines = [
        PioneerLine(r.rank, r.name, f"{r.hours:g}", r.cases, r.wishes, r.activities, f"{r.index:g}")
        for r in rows
    ]
    return render_pioneer_board(year, lines, rule, document_station(store), clock.today())


CONTEXT = "partners"


def _page(kind: str, title: str, pdf: bytes, year: int) -> Document:
    return Document(
        kind=kind,
        title=title,
        subject="",
        pdf=pdf,
        family=FAMILY_PAGE,
        context=CONTEXT,
        params={"year": year},
    )


def paper_evaluation(store: Store, actor: Actor, year: int) -> Document:
    """The partner units' evaluation of ``year`` (年度共建单位评议)."""
    return _page(
        "partner_evaluation",
        QT_TRANSLATE_NOOP("partners", "Partner units' evaluation {year}"),
        evaluation_pdf(store, actor, year),
        year,
    )


def paper_pioneer(store: Store, actor: Actor, year: int) -> Document:
    """The pioneer index board of ``year`` (年度党员先锋指数)."""
    return _page(
        "pioneer_board",
        QT_TRANSLATE_NOOP("partners", "Pioneer index {year}"),
        pioneer_pdf(store, actor, year),
        year,
    )
