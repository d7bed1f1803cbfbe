"""2026-W40 (Mon 28 Sep - Sun 4 Oct 2026): reports, and the editor's judgement per field.

Second held-out set, written in a wire-service house style (British English, terse headlines).
All organisations, products and people are invented; public bodies (CISA, the NCSC, Ofgem,
Fraunhofer ISE as a test lab) are real names used in invented stories. Every figure is invented.
"""

from model import Amt, FieldWeek, Report

WEEK = "2026-W40"

NOTES = (
    "AI has six reports and one of them matters (an open-weights release). Space has only minor items, "
    "but carries the two biggest figures of the week (a $4.2bn programme budget in a slip story and a "
    "$2.1 trillion forecast), so it is a skip. Quantum is a skip too: a small Series B extension, a "
    "forecast and a webinar. Biotech's best is an EMA recommendation, which is not an approval. The "
    "Kaiyo-Brockmann deal has a syndicated partner copy. Two reports are unfiled, one with no tags."
)

P = "https://briefs.lindqvist-research.example"

REPORTS = [
    # ================================================================== semiconductors: major deal
    Report(
        key="w40-kaiyo-brockmann-power",
        feed="rss", post_id=47905, slug="exclusive-kaiyo-devices-brockmann-power-chip-arm",
        published="2026-09-28T06:40:00+00:00",
        author="Imogen Tsai",
        title="EXCLUSIVE: Kaiyo Devices to buy Brockmann’s power-chip arm — €2.1bn",
        tags=["Semiconductors", "M&A", "Power electronics"],
        fields=["semiconductors"], kind="deal", weight="major",
        headline=Amt("EUR", 2_100_000_000, "€2.1bn"),
        incidental=[Amt("EUR", 640_000_000, "€640m", "revenue"),
                    Amt("EUR", 95_000_000, "€95m", "deal-component"),
                    Amt("USD", 11_000_000_000, "$11bn", "valuation")],
        cue_traps=["subject to approval by regulators (pending)"],
        notes="Figure buried after a dash in the title. €640m is the unit's revenue, €95m the break fee, "
              "$11bn Kaiyo's market value.",
        markup="h2", box="div", comments="h2", kf_heading="TL;DR",
        key_findings=[
            "Kaiyo Devices has agreed to buy the silicon-carbide power-chip business of Germany's Brockmann "
            "Halbleiter for €2.1bn in cash, three people familiar with the matter said. The deal, signed on "
            "Sunday night, gives Kaiyo two 200 mm fabs in Saxony and about 2,300 staff. An announcement is "
            "expected before markets open in Frankfurt.",
        ],
        details_heading="Deal terms", details_style="table",
        details=[
            "Consideration: all cash, funded from Kaiyo's balance sheet and a bridge loan.",
            "Perimeter: the unit booked €640m in revenue last year, mostly from electric-vehicle inverters.",
            "Break fee: Kaiyo pays €95m if the deal fails on antitrust grounds.",
            "Approvals: subject to approval by regulators in the EU, China and South Korea; closing targeted for mid-2027.",
        ],
        background=(
            "Brockmann has been under pressure from an activist shareholder to sell non-core units since "
            "the spring. Kaiyo, with a market value of about $11bn, has tried twice before to buy capacity "
            "in Europe. Silicon-carbide chips are used in electric-car drivetrains and fast chargers. Prices "
            "fell sharply last year as Chinese capacity came online."
        ),
        outlook=(
            "If it closes, the deal makes Kaiyo the second-largest supplier of silicon-carbide power chips "
            "outside China. German officials will review it under foreign-investment rules. The unions at "
            "the Saxony fabs have asked for job guarantees. Brockmann plans to use the proceeds to cut debt."
        ),
        source="https://www.fabwire.example/2026/09/28/kaiyo-brockmann-exclusive",
    ),
    Report(
        key="w40-kaiyo-brockmann-syndicated",
        feed="atom", entry_id=f"tag:briefs.lindqvist-research.example,2026:brief-0402",
        link="https://troy-technical.example/2026/09/28/exclusive-kaiyo-devices-brockmann-power-chip-arm/"
             "?utm_source=lindqvist&utm_medium=partner&utm_campaign=briefs-w40&utm_content=semis",
        published="2026-09-28T11:00:00+02:00", updated="2026-09-28T11:20:00+02:00",
        author="Lindqvist Briefing Desk",
        title="EXCLUSIVE: Kaiyo Devices to buy Brockmann’s power-chip arm — €2.1bn",
        tags=["Semiconductors", "Syndicated"],
        fields=["semiconductors"], kind="deal", weight="major",
        headline=Amt("EUR", 2_100_000_000, "€2.1bn"),
        syndicates="w40-kaiyo-brockmann-power",
        notes="Syndicated copy of the site report (utm_ parameters, shorter body, its own tag: id).",
        key_findings=[
            "Kaiyo Devices has agreed to buy the silicon-carbide power-chip business of Brockmann Halbleiter "
            "for €2.1bn in cash.",
        ],
        outlook="The deal would make Kaiyo the second-largest silicon-carbide supplier outside China.",
    ),
    Report(
        key="w40-sunmoor-record-profits",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0404",
        link=f"{P}/2026/09/sunmoor-foundry-first-half-results",
        published="2026-09-29T09:30:00+08:00",
        author="Wen Jiahui",
        title="Sunmoor Foundry posts ‘record profits’ in first-half results, keeps capex flat",
        tags=["Foundry", "Earnings"],
        fields=["semiconductors"], kind="other", weight="minor",
        incidental=[Amt("USD", 14_200_000_000, "$14.2bn", "revenue"),
                    Amt("USD", 9_000_000_000, "$9bn", "capex")],
        cue_traps=["record profits (earnings, not a record)", "first-half results"],
        notes="Routine earnings; the figures are revenue and capital spending.",
        atom_markup="strong",
        key_findings=[
            "Sunmoor Foundry reported what it called record profits for the first half, on revenue of "
            "$14.2bn, up 18% on a year earlier. Advanced-node utilisation stayed above 90%.",
        ],
        details=[
            "Capex: held at $9bn for the year, unchanged from the February guidance.",
            "Mix: 3 nm and 5 nm wafers were 61% of revenue.",
        ],
        outlook="No new fabs or customers were announced; the numbers were in line with analysts' estimates.",
        source="https://www.fabwire.example/2026/09/29/sunmoor-h1",
    ),
    Report(
        key="w40-kaiyo-leuven-cto",
        feed="rss", post_id=47917, slug="kaiyo-names-cto-opens-leuven-design-centre",
        published="2026-10-01T15:10:00+00:00",
        author="Imogen Tsai",
        title="Kaiyo names new CTO, opens Leuven design centre",
        tags=["Chips", "People", "Belgium"],
        fields=["semiconductors"], kind="hiring", weight="minor",
        incidental=[Amt("EUR", 2_100_000_000, "€2.1bn", "past-deal")],
        notes="Same company as Monday's deal, a different and minor story; the €2.1bn is mentioned as context.",
        markup="strong", box="p", comments="p", kf_heading="At a glance",
        kf_bullets=True,
        key_findings=[
            "Kaiyo Devices appointed Dr Marguerite Lenz, formerly of a Dutch equipment maker, as chief technology officer",
            "A 120-person design centre opens in Leuven next month",
            "The centre will work on gate drivers for silicon-carbide modules",
        ],
        details_heading="Who and where",
        bullet_labels=False,
        details=[
            "Lenz — spent 14 years in process integration and led a wide-bandgap research group.",
            "Leuven — chosen for its proximity to a national research institute and university spin-outs.",
            "Hiring — about half the staff will be recruited locally over two years.",
        ],
        background=(
            "Kaiyo agreed on Monday to buy Brockmann's power-chip arm for €2.1bn. The company has no design "
            "presence in continental Europe yet. Its previous CTO retired in June. Lenz starts on 1 November."
        ),
        outlook=(
            "The hire and the office support the integration of the Brockmann fabs. Neither is large on its "
            "own. Kaiyo said more European hires would follow once the deal closes."
        ),
        source="https://www.fabwire.example/2026/10/01/kaiyo-cto",
    ),
    # ================================================================== AI: one major among five
    Report(
        key="w40-halvard-skerry-open-weights",
        feed="rss", post_id=47908, slug="halvard-releases-skerry-1-open-weights",
        published="2026-09-29T13:00:00+00:00",
        author="Rafe Mbeki",
        title="Halvard AI puts Skerry-1 weights online under Apache 2.0 — closed-model lead ‘gone’, say testers",
        tags=["AI", "Open source", "LLMs"],
        fields=["ai"], kind="launch", weight="major",
        incidental=[Amt("USD", 1_750_000_000, "$1.75 billion", "past-funding"),
                    Amt("USD", 20_000_000_000, "$20bn", "valuation")],
        cue_traps=["launch (genuine)"],
        notes="A model release that changes the open/closed balance, with no money of its own. The "
              "$1.75 billion is what Halvard raised in 2025; the $20bn its valuation then.",
        markup="h2", box="div", comments="h3", kf_heading="Highlights",
        key_findings=[
            "Halvard AI has published the full weights of Skerry-1, a 400-billion-parameter mixture-of-experts "
            "model, under the Apache 2.0 licence. On three independent reasoning and coding benchmarks it "
            "scores within one point of the best closed models. Two evaluation groups said the gap between "
            "open and closed frontier models had, for now, closed. Commercial use is unrestricted.",
        ],
        details_heading="The model",
        details=[
            "Architecture: mixture of experts, 400 billion parameters in total, 38 billion active per token.",
            "Context: 256,000 tokens.",
            "Scores: 71.4 on a graduate-level science benchmark, 64% on a repository-level coding test.",
            "Hardware: runs on a single eight-accelerator server at reduced precision.",
        ],
        background=(
            "Halvard was founded in 2023 by former university researchers in Oslo. It raised $1.75 billion "
            "in 2025 at a valuation of about $20bn. Its earlier models were released with weights but under "
            "a non-commercial licence. Closed-model developers have argued that open frontier weights are a "
            "safety risk."
        ),
        outlook=(
            "Skerry-1 is the first open-weights model to match the closed frontier on most public tests. "
            "Expect fine-tuned derivatives within days. Policymakers in Brussels and Washington are likely "
            "to revisit proposals on open-weight releases. Closed-model developers will come under pressure "
            "on price."
        ),
        source="https://www.modelwatch.example/2026/09/29/skerry-1",
    ),
    Report(
        key="w40-marrow-dublin-policy-hire",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0407",
        link=f"{P}/2026/09/marrow-labs-dublin-policy-chief",
        published="2026-09-30T08:00:00+01:00",
        author="Aoife Brennan",
        title="Marrow Labs hires ex-regulator as policy chief, opens Dublin office",
        tags=["Artificial intelligence", "Hiring", "Ireland"],
        fields=["ai"], kind="hiring", weight="minor",
        incidental=[Amt("USD", 18_000_000_000, "$18bn", "valuation"),
                    Amt("USD", 2_400_000_000, "$2.4bn", "past-funding")],
        notes="A hire and an office; the valuation and past round in Context are bigger than anything new.",
        atom_markup="h4",
        key_findings=[
            "Marrow Labs has hired Ciarán Doyle, a former official at Ireland's media regulator, as chief "
            "policy officer. It is opening a 40-person office in Dublin.",
        ],
        background=(
            "Marrow was valued at $18bn in March when it raised $2.4bn. It has no European staff yet."
        ),
        outlook="A routine expansion ahead of the EU's general-purpose AI obligations.",
        source="https://www.modelwatch.example/2026/09/30/marrow-dublin",
    ),
    Report(
        key="w40-opinion-ai-capex-bubble",
        feed="rss", post_id=47913, slug="is-the-ai-capex-boom-a-bubble",
        published="2026-09-30T10:30:00+00:00",
        author="Lucinda Ferrars", wp_category="Opinion",
        title="Is the AI capex boom a bubble? Not yet",
        tags=["AI", "Opinion", "Data Centres"],
        fields=["ai"], kind="opinion", weight="minor",
        incidental=[Amt("USD", 700_000_000_000, "$700bn", "sector-total"),
                    Amt("USD", 2_000_000_000_000, "$2tn", "forecast")],
        cue_traps=["breakthrough (generic)", "record (the record of past booms)"],
        notes="Question headline. 'Data Centres' (British spelling) is not an alias; filed as AI only.",
        markup="h3", box="p", comments="h2",
        key_findings=[
            "The largest cloud and model companies will spend about $700bn on data centres and chips this "
            "year. That is more than the telecoms industry spent at the height of the fibre boom, adjusted for "
            "inflation. Unlike then, most of the spending is paid for from cash flow rather than debt. That is "
            "why I do not think it is a bubble, at least not yet.",
        ],
        details_heading="The argument in brief",
        details=[
            "Funding: the five largest spenders still generate more cash than they invest.",
            "Utilisation: rented accelerator capacity is sold out into 2027.",
            "Risk: smaller lenders financing GPU-backed loans are the weak point.",
        ],
        background=(
            "The record of past booms is not encouraging. Railways, radio and fibre all attracted more capital "
            "than they could use. Analysts expect cumulative spending to reach $2tn by 2028. The question is "
            "whether revenue will follow."
        ),
        outlook=(
            "Another breakthrough in model efficiency could cut demand for compute quickly. So could a "
            "recession. For now, the spending is rational for the companies doing it. Watch the lenders, not "
            "the hyperscalers."
        ),
        source="https://troy-technical.example/opinion/",
    ),
    Report(
        key="w40-agents-market-forecast",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0409",
        link=f"{P}/2026/10/enterprise-agents-market-forecast",
        published="2026-10-01T07:15:00+02:00",
        author="Noor Haddad",
        title="Enterprise AI agents market could reach $210 billion by 2031 — survey",
        tags=["Generative AI", "Market research"],
        fields=["ai"], kind="forecast", weight="minor",
        incidental=[Amt("USD", 210_000_000_000, "$210 billion", "forecast")],
        cue_traps=["a record year (forecast idiom)"],
        atom_markup="strong",
        key_findings=[
            "A survey of 1,400 IT buyers by Penrose Analytics projects that spending on enterprise AI agents "
            "could reach $210 billion by 2031. Respondents expect 2027 to be a record year for pilots.",
        ],
        outlook="A forecast from a survey; no deal or product behind the number.",
        source="https://penrose-analytics.example/agents-2031",
    ),
    Report(
        key="w40-agent-eval-webinar",
        feed="rss", post_id=47920, slug="webinar-recap-evaluating-llm-agents",
        published="2026-10-02T16:00:00+00:00",
        author="Rafe Mbeki", wp_category="Events",
        title="Webinar recap: ‘Evaluating LLM agents’ — what 600 practitioners asked",
        tags=["LLM", "Webinar", "Evaluation"],
        fields=["ai"], kind="webinar-event", weight="minor",
        cue_traps=["launch event (a product demo at the webinar, not a launch)"],
        markup="plain", box="div", comments="p", kf_heading="Key Findings",
        key_findings=[
            "Our webinar on evaluating language-model agents drew 600 live attendees on Thursday. The panel "
            "agreed that benchmark scores say little about how agents behave on long tasks. Most questions "
            "were about cost control and logging. The session closed with a short launch event for a vendor's "
            "open evaluation harness.",
        ],
        details_heading="Takeaways",
        details=[
            "Trace everything: keep full tool-call logs for every agent run.",
            "Budget caps: set hard token limits per task.",
            "Human review: sample at least 5% of completed tasks.",
        ],
        background=(
            "This was the third webinar in our autumn series on applied AI. The panel included two platform "
            "engineers and an auditor. Slides are available to subscribers. A recording will follow next week."
        ),
        outlook=(
            "The next session, on retrieval quality, is on 6 November. Registration is open. We will publish "
            "a checklist based on the questions."
        ),
        source="https://troy-technical.example/events/agents-webinar/",
    ),
    # ================================================================== HPC: a system switches on (notable)
    Report(
        key="w40-nordvik-switches-on",
        feed="rss", post_id=47910, slug="nordvik-supercomputer-switches-on",
        published="2026-09-29T08:20:00+00:00",
        author="Pieter de Graaf",
        title="Norway’s Nordvik supercomputer switches on at 1.1 exaflops",
        tags=["Supercomputing", "Norway", "Liquid cooling"],
        fields=["hpc"], kind="launch", weight="notable",
        incidental=[Amt("EUR", 500_000_000, "€500 million", "system-cost")],
        cue_traps=["switches on (a system entering service, not a maiden launch)"],
        notes="A significant system entering service: notable. €500 million is the system's cost.",
        markup="h3", box="div", comments="h2",
        key_findings=[
            "Nordvik, a supercomputer at the Norwegian national computing centre in Trondheim, entered "
            "service on Monday. It sustained 1.1 exaflops on the standard HPL benchmark during acceptance. "
            "The first 40 research projects start this week.",
        ],
        details_heading="System",
        details=[
            "Nodes: 3,200, each with four accelerators and one CPU.",
            "Power: 19 MW at full load, cooled by fjord water.",
            "Storage: 220 petabytes of flash.",
        ],
        background=(
            "The system cost about €500 million, shared between Norway and the EU's joint undertaking. It "
            "was due in spring but waited on a delayed power substation. It is the third European system "
            "above one exaflop. Heat from the machine warms a nearby district network."
        ),
        outlook=(
            "Nordvik will enter the next TOP500 list in November, probably in the top five. Climate and "
            "materials projects get the first allocations. An AI partition is planned for 2027."
        ),
        source="https://www.hpcdispatch.example/2026/09/29/nordvik",
    ),
    Report(
        key="w40-corral-scheduler-patch",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0406",
        link=f"{P}/2026/09/corral-scheduler-7-3-2",
        published="2026-09-30T12:00:00Z",
        author="Pieter de Graaf",
        title="Corral scheduler 7.3.2 patches job-accounting bug",
        tags=["HPC", "Open source"],
        fields=["hpc"], kind="patch-release", weight="minor",
        atom_markup="h4",
        key_findings=[
            "Corral 7.3.2 fixes a bug that double-counted GPU hours for array jobs and closes a local "
            "privilege-escalation issue in its REST daemon.",
        ],
        outlook="Sites billing by GPU hour should upgrade.",
        source="https://corral-sched.example/news/7-3-2",
    ),
    Report(
        key="w40-liquid-cooling-column",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0410",
        link=f"{P}/2026/10/column-cooling-water",
        published="2026-10-02T09:00:00+02:00",
        author="Sigrid Lunde",
        title="Column: ‘Water is the new watt’ for data centers",
        tags=["Data centers", "Opinion"],
        fields=["hpc"], kind="opinion", weight="minor",
        incidental=[Amt("USD", 410_000_000_000, "$410bn", "sector-total")],
        atom_markup="strong", why_heading="Why it matters",
        key_findings=[
            "Operators will spend $410bn on new data centers this year, and water, not power, is becoming "
            "the constraint in dry regions, argues the column.",
        ],
        outlook="An argument, not news.",
        source="https://www.hpcdispatch.example/2026/10/02/water-column",
    ),
    # ================================================================== biotech: best is notable
    Report(
        key="w40-ema-recommends-rivelta",
        feed="rss", post_id=47912, slug="ema-recommends-rivelta-sickle-cell",
        published="2026-10-02T11:05:00+00:00",
        author="Dr Hannah Oyelaran",
        title="EMA recommends Corbel’s Rivelta for sickle-cell disease; Commission decision due in December",
        tags=["Biotech", "Gene editing", "EMA"],
        fields=["biotech"], kind="other", weight="notable",
        incidental=[Amt("USD", 310_000_000, "$310m", "past-funding")],
        cue_traps=["recommends (a positive opinion, not an approval)", "approval (due later)"],
        notes="An EMA committee recommendation, not an approval: the European Commission decides in "
              "December. Notable, kind other (a regulatory step). An approval would be major.",
        markup="h2", box="div", comments="h2",
        key_findings=[
            "The European Medicines Agency's human-medicines committee has recommended conditional marketing "
            "authorisation for Rivelta, Corbel Therapeutics' base-editing therapy for severe sickle-cell "
            "disease. The European Commission usually follows such opinions within about 67 days. Until "
            "then the therapy is not approved anywhere.",
        ],
        details_heading="Clinical details",
        details=[
            "Trial: 44 patients aged 12 and over; 41 had no severe pain crises for at least 12 months.",
            "Safety: two serious adverse events related to conditioning chemotherapy.",
            "Conditions: five-year follow-up and a registry study are required.",
        ],
        background=(
            "Corbel raised $310m in 2024 to fund its late-stage trials. A CRISPR-based sickle-cell therapy "
            "was approved in Europe in 2024. Base editing changes single letters of DNA without cutting both "
            "strands. The company has also filed in the United States."
        ),
        outlook=(
            "A Commission decision is expected in December. Pricing talks with national payers will take "
            "longer. Corbel has said it will build a treatment-centre network in five countries first."
        ),
        source="https://www.biopharmawire.example/2026/10/02/rivelta-chmp",
    ),
    Report(
        key="w40-fda-accepts-dravo-filing",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0411",
        link=f"{P}/2026/10/fda-accepts-dravo-dv2-filing",
        published="2026-10-01T14:30:00-04:00",
        author="Dr Hannah Oyelaran",
        title="FDA accepts filing for Dravo’s DV-2 antibody; decision date set for June",
        tags=["Drug discovery", "FDA"],
        fields=["biotech"], kind="other", weight="minor",
        cue_traps=["FDA accepts (a filing accepted for review, not an approval)",
                   "regulators have yet to (review pending)"],
        atom_markup="h4",
        key_findings=[
            "The FDA has accepted Dravo Bio's licence application for DV-2, an antibody for a rare kidney "
            "disease, and set a decision date of 14 June 2027.",
        ],
        details=["Review: standard, not priority; no advisory committee planned."],
        outlook="Regulators have yet to review the data; acceptance is a procedural step.",
        source="https://dravo.example/news/dv2-bla-accepted",
    ),
    Report(
        key="w40-ferrow-seed",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0413",
        link=f"{P}/2026/10/ferrow-bio-seed-round",
        published="2026-10-03T10:00:00+01:00",
        author="Aoife Brennan",
        title="Ferrow Bio closes $6m seed round for enzyme-design platform",
        tags=["Synthetic biology", "Funding"],
        fields=["biotech"], kind="funding-round", weight="minor",
        headline=Amt("USD", 6_000_000, "$6m"),
        atom_markup="plain",
        key_findings=[
            "Ferrow Bio, a Cork start-up that designs industrial enzymes with machine learning, has closed a "
            "$6m seed round led by two Irish funds.",
        ],
        outlook="A small round.",
        source="https://ferrow.example/seed",
    ),
    # ================================================================== energy: certified record (major)
    Report(
        key="w40-solenne-tandem-record",
        feed="rss", post_id=47915, slug="solenne-perovskite-silicon-cell-certified-record",
        published="2026-09-30T07:45:00+00:00",
        author="Dominic Achterberg",
        title="‘Highest ever certified’: Solenne’s perovskite-silicon cell hits 35.2%",
        tags=["Solar", "Perovskites", "Photovoltaics"],
        fields=["energy"], kind="record", weight="major",
        incidental=[Amt("EUR", 75_000_000, "€75m", "past-funding")],
        cue_traps=["highest ever certified (a genuine certified record)"],
        notes="A certified world record with no money of its own; €75m is a 2025 round.",
        markup="h2", box="div", comments="h2",
        key_findings=[
            "Solenne's two-terminal perovskite-silicon tandem cell converted 35.2% of sunlight into "
            "electricity in tests certified by Fraunhofer ISE. That beats the previous best of 34.6%, set "
            "last year. The cell measured one square centimetre. Solenne says a full-size version will follow "
            "in 2027.",
        ],
        details_heading="Measurement", details_style="table",
        details=[
            "Area: 1.0 cm², under standard test conditions (AM1.5G, 25 °C).",
            "Certification: independent, by an accredited calibration lab.",
            "Stability: 1,000 hours of damp-heat testing with under 5% loss.",
        ],
        background=(
            "Solenne is a spin-out of a Swiss research institute and raised €75m in 2025. Silicon cells on "
            "their own are limited to about 29%. Tandems stack a perovskite layer on top to use more of the "
            "spectrum. Durability remains the main doubt about perovskites."
        ),
        outlook=(
            "The record moves the efficiency ceiling for commercial solar. Scaling to full wafers usually "
            "costs two to three points. Several manufacturers plan tandem lines for 2028."
        ),
        source="https://www.pvnewsdesk.example/2026/09/30/solenne-35-2",
    ),
    Report(
        key="w40-bramble-debt-facility",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0408",
        link=f"{P}/2026/09/bramble-energy-debt-facility",
        published="2026-09-30T16:00:00+01:00",
        author="Sigrid Lunde",
        title="Sodium-ion maker Bramble lands £900m debt facility for Teesside plant",
        tags=["Batteries", "Finance"],
        fields=["energy"], kind="funding-round", weight="notable",
        headline=Amt("GBP", 900_000_000, "£900m"),
        atom_markup="h4",
        key_findings=[
            "Bramble Energy has secured a £900m debt facility from a group of six banks and the National "
            "Wealth Fund to build a sodium-ion cell plant on Teesside.",
        ],
        details=["Capacity: 8 GWh a year from 2028."],
        outlook="Large for a battery start-up; construction starts in January.",
        source="https://www.gridwire.example/2026/09/30/bramble-debt",
    ),
    Report(
        key="w40-grid-batteries-forecast",
        feed="rss", post_id=47919, slug="grid-batteries-next-trillion-dollar-market",
        published="2026-10-01T09:00:00+00:00",
        author="Dominic Achterberg",
        title="Grid batteries: the next $1 trillion market?",
        tags=["Energy storage", "Grid", "Forecasts"],
        fields=["energy"], kind="forecast", weight="minor",
        incidental=[Amt("USD", 1_000_000_000_000, "$1 trillion", "forecast"),
                    Amt("USD", 62_000_000_000, "$62bn", "sector-total")],
        markup="h3", box="p", comments="h3", kf_heading="Key Findings",
        kf_bullets=True,
        key_findings=[
            "Consultancy Harrowgate projects cumulative grid-battery investment of $1 trillion by 2040.",
            "Annual installations grew 45% last year, to about $62bn.",
            "The forecast assumes lithium-iron-phosphate prices keep falling.",
        ],
        details_heading="Assumptions",
        details=[
            "Demand: storage paired with most new solar in sunny markets.",
            "Prices: pack costs falling 6% a year.",
            "Risk: grid-connection queues in Europe and the United States.",
        ],
        background=(
            "Forecasts of storage demand have been revised up every year since 2020. The market is dominated "
            "by Chinese cell makers. New chemistries are still a small share."
        ),
        outlook=(
            "This is a projection, not a commitment of money. Grid rules will decide how much storage "
            "earns. Watch the capacity auctions next year."
        ),
        source="https://harrowgate.example/storage-outlook",
    ),
    Report(
        key="w40-ofgem-webinar",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0414",
        link=f"{P}/2026/10/webinar-connection-reform",
        published="2026-10-05T00:45:00+02:00",
        author="Lindqvist Events",
        title="Webinar, 20 October: what Ofgem’s connection reform means for storage",
        tags=["Energy", "Webinar"],
        fields=["energy"], kind="webinar-event", weight="minor",
        cue_traps=["reform already in force (topic of a webinar)"],
        notes="Published 22:45 UTC on Sunday 4 Oct: still W40 in UTC, Monday in local time.",
        atom_markup="plain",
        key_findings=[
            "A one-hour session on the grid-connection queue reform that took effect in the spring, with "
            "two developers and a network operator.",
        ],
        outlook="Registration is free.",
        source="https://lindqvist-research.example/events/connection-reform",
    ),
    # ================================================================== space: minor only, huge figures
    Report(
        key="w40-marlin-slips",
        feed="rss", post_id=47911, slug="marlin-heavy-maiden-flight-slips",
        published="2026-09-29T18:30:00+00:00",
        author="Tomasz Wren",
        title="UPDATE 1-Marlin Heavy maiden flight slips to first quarter — programme budget now $4.2bn",
        tags=["Launch vehicles", "Delays"],
        fields=["space"], kind="other", weight="minor",
        incidental=[Amt("USD", 4_200_000_000, "$4.2bn", "budget")],
        cue_traps=["maiden flight (postponed, not flown)", "first quarter (a date)", "launch (future)"],
        notes="A slip of one quarter: minor. The $4.2bn is the programme's total budget, in the title.",
        markup="h2", box="div", comments="h2", kf_heading="Key Findings",
        key_findings=[
            "Thalassa Launch has moved the maiden flight of its Marlin Heavy rocket from December to the "
            "first quarter of 2027, citing an engine valve. A valve in the "
            "second-stage engine failed during a test firing in August. The company said the programme "
            "budget, including pad work, is now $4.2bn. No payloads have moved to other rockets.",
        ],
        details_heading="What changed",
        details=[
            "Cause: a cracked propellant valve; redesign and requalification take about ten weeks.",
            "Pad: ready; the integration hangar is complete.",
            "Payloads: a mass simulator and two rideshare satellites.",
        ],
        background=(
            "Marlin Heavy is Thalassa's first orbital rocket. The first flight was originally planned for "
            "2025. New rockets commonly slip by months. Investors were told of the valve problem in September."
        ),
        outlook=(
            "A first-quarter flight is still possible if requalification goes smoothly. Further slips would "
            "push back a government launch contract. The maiden flight itself remains the event to watch."
        ),
        source="https://www.orbitalwire.example/2026/09/29/marlin-slip",
    ),
    Report(
        key="w40-space-economy-forecast",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0403",
        link=f"{P}/2026/09/space-economy-forecast",
        published="2026-09-28T14:00:00+02:00",
        author="Tomasz Wren",
        title="Space economy could hit $2.1 trillion by 2040, bank says",
        tags=["Space", "Forecasts"],
        fields=["space"], kind="forecast", weight="minor",
        incidental=[Amt("USD", 2_100_000_000_000, "$2.1 trillion", "forecast")],
        atom_markup="h4",
        key_findings=[
            "An investment bank's research unit says the space economy could hit $2.1 trillion by 2040, "
            "led by satellite broadband and Earth observation.",
        ],
        outlook="One more long-range forecast; no new money.",
        source="https://bank-research.example/space-2040",
    ),
    Report(
        key="w40-lander-explainer",
        feed="rss", post_id=47921, slug="explainer-why-lunar-landers-tip-over",
        published="2026-10-03T08:00:00+00:00",
        author="Tomasz Wren", wp_category="Explainers",
        title="Explainer: why do lunar landers keep tipping over?",
        tags=["Lunar", "Explainer"],
        fields=["space"], kind="other", weight="minor",
        incidental=[Amt("USD", 2_600_000_000, "$2.6bn", "public-programme")],
        cue_traps=["landing (past missions)"],
        markup="plain", box="p", comments="none", kf_heading="",
        key_findings=[
            "Three of the last five robotic lunar landings ended with the craft on its side. Tall, narrow "
            "landers with high centres of mass are the common thread. Terrain-relative navigation helps, but "
            "only if the descent engine can throttle deep enough.",
        ],
        details_heading="Terms",
        bullet_labels=False, details_style="paras",
        details=[
            "Centre of mass — the higher it sits, the smaller the slope a lander can tolerate.",
            "Terrain-relative navigation — matching camera images to maps during descent.",
            "Throttle range — how far an engine can reduce thrust for the final metres.",
        ],
        background=(
            "Public programmes have committed about $2.6bn to commercial lunar delivery since 2019. Most "
            "landers were designed to fit rideshare fairings, which makes them tall. Nothing in this piece is "
            "new."
        ),
        outlook=(
            "Wider, squatter designs are coming in 2027. Until then, expect more landings on uneven ground. "
            "We will update this explainer after the next attempt."
        ),
        source="https://troy-technical.example/explainers/",
    ),
    # ================================================================== cybersecurity: exploited flaw (notable)
    Report(
        key="w40-quillgate-exploited",
        feed="rss", post_id=47907, slug="update-1-attackers-exploit-quillgate-firewall-flaw",
        published="2026-09-28T19:20:00+00:00",
        author="Priya Ramaswamy",
        title="UPDATE 1-Attackers exploiting Quillgate firewall flaw, CISA warns; no patch yet",
        tags=["Cybersecurity", "Vulnerabilities", "CISA"],
        fields=["cybersecurity"], kind="other", weight="notable",
        notes="An actively exploited vulnerability: notable.",
        markup="h3", box="div", comments="h2", kf_heading="Key Findings",
        key_findings=[
            "CISA has added a remote-code-execution flaw in Quillgate's edge firewalls to its list of "
            "known exploited vulnerabilities. The flaw "
            "lets an unauthenticated attacker run commands through the management web interface. Quillgate "
            "says a fix will ship within a week and has published a mitigation.",
        ],
        details_heading="The flaw",
        details=[
            "Identifier: CVE-2026-41877, severity 9.8.",
            "Affected: firmware 11.x and 12.0 to 12.3.",
            "Mitigation: disable web management on external interfaces.",
        ],
        background=(
            "Edge devices have been the favourite way into corporate networks for two years. Quillgate sells "
            "mainly to mid-sized firms and local government. Researchers saw scanning for the flaw from "
            "Thursday. At least 30 organisations have been breached, according to one incident-response firm."
        ),
        outlook=(
            "Federal agencies must apply the mitigation within three weeks. Expect ransomware crews to use "
            "the flaw within days. A patch is the next milestone."
        ),
        source="https://www.secwire.example/2026/09/28/quillgate",
    ),
    Report(
        key="w40-rijnhaven-ransom",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0412",
        link=f"{P}/2026/10/rijnhaven-port-ransom-demand",
        published="2026-10-02T18:00:00+02:00",
        author="Priya Ramaswamy",
        title="‘Pay up’: gang demands $30m from port operator Rijnhaven",
        tags=["Ransomware", "Ports"],
        fields=["cybersecurity"], kind="other", weight="minor",
        incidental=[Amt("USD", 30_000_000, "$30m", "ransom-demand")],
        notes="A routine incident with a ransom demand in the title.",
        atom_markup="strong",
        key_findings=[
            "A ransomware group says it stole data from Rijnhaven Terminals and demands $30m. Container "
            "handling was unaffected; the company is restoring office systems from backups.",
        ],
        outlook="One incident among many; no sign of wider disruption.",
        source="https://www.secwire.example/2026/10/02/rijnhaven",
    ),
    Report(
        key="w40-pqc-inventory-webinar",
        feed="rss", post_id=47922, slug="webinar-pqc-inventories-before-the-deadline",
        published="2026-10-04T12:00:00+00:00",
        author="Priya Ramaswamy", wp_category="Events",
        title="Webinar: building a PQC inventory before the rule bites",
        tags=["Post-quantum cryptography", "Webinar"],
        fields=["cybersecurity"], kind="webinar-event", weight="minor",
        cue_traps=["rule (an existing one, discussed)", "quantum (topic; field is cybersecurity)"],
        markup="strong", box="div", comments="h2",
        key_findings=[
            "Our next webinar, on 22 October, covers how to build a cryptographic inventory. Two CISOs and "
            "an auditor will take part. The session is free for subscribers.",
        ],
        details_heading="Agenda",
        details=[
            "Discovery: finding certificates and keys in code and devices.",
            "Prioritisation: what to migrate first.",
            "Evidence: what auditors will ask for.",
        ],
        background=(
            "Several national rules now require inventories of cryptography. Many firms have not started. "
            "This session follows a survey of readers in the summer."
        ),
        outlook=(
            "Registration closes on 20 October. Questions can be sent in advance. A recording will be "
            "available afterwards."
        ),
        source="https://troy-technical.example/events/pqc-inventory/",
    ),
    Report(
        key="w40-brightmoat-keyrail-merger",
        feed="rss", post_id=47918, slug="merger-of-equals-brightmoat-keyrail",
        published="2026-10-01T12:15:00+00:00",
        author="Priya Ramaswamy",
        title="Merger of equals: Brightmoat and Keyrail combine in all-share deal",
        tags=["Cyber", "M&A", "Identity"],
        fields=["cybersecurity"], kind="deal", weight="notable",
        incidental=[Amt("USD", 640_000_000, "$640m", "valuation"),
                    Amt("USD", 210_000_000, "$210m", "revenue")],
        cue_traps=["subject to approval by shareholders (pending)"],
        notes="An all-share merger of equals with no price paid: no headline amount. $640m is the combined "
              "market value, $210m combined revenue. Notable (a deal of hundreds of millions).",
        markup="h2", box="p", comments="h2",
        key_findings=[
            "Identity-security vendors Brightmoat and Keyrail have agreed to combine in an all-share merger of "
            "equals, with each side's shareholders owning half of the new company. The combined group will "
            "have about 1,100 staff and combined revenue of $210m. The two companies have a combined market "
            "value of about $640m. The deal is subject to approval by both sets of shareholders.",
        ],
        details_heading="Structure", details_style="table",
        details=[
            "Exchange: 1.08 Keyrail shares for each Brightmoat share.",
            "Board: five directors from each side; Keyrail's chief executive leads.",
            "Headquarters: Amsterdam.",
            "Closing: early 2027.",
        ],
        background=(
            "Both companies sell passwordless login and privileged-access tools to mid-sized firms. Both "
            "have lost share to large platform vendors. Keyrail's shares have halved since 2024. Analysts "
            "had expected one of them to be bought."
        ),
        outlook=(
            "The merger creates a stronger number three in European identity security. Cost savings of about "
            "a fifth are planned. Customers will want a clear product road map. A rival bidder cannot be "
            "ruled out."
        ),
        source="https://www.secwire.example/2026/10/01/brightmoat-keyrail",
    ),
    Report(
        key="w40-glasgow-secure-boot-grant",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0399",
        link=f"{P}/2026/10/glasgow-secure-boot-grant",
        published="2026-10-02T10:00:00+01:00",
        author="Priya Ramaswamy",
        title="Government grant awarded: £7.5m for Glasgow secure-boot lab",
        tags=["Cybersecurity", "Research funding"],
        fields=["cybersecurity"], kind="funding-round", weight="minor",
        headline=Amt("GBP", 7_500_000, "£7.5m"),
        atom_markup="h4",
        key_findings=[
            "A university lab in Glasgow has been awarded a £7.5m government grant to develop open "
            "secure-boot firmware for industrial controllers.",
        ],
        outlook="A small research grant.",
        source="https://gov-research.example/grants/secure-boot",
    ),
    Report(
        key="w40-orbitane-veldspan-stake",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0400",
        link=f"{P}/2026/10/orbitane-veldspan-stake",
        published="2026-10-01T11:30:00+02:00",
        author="Tomasz Wren",
        title="Orbitane acquires a 30% stake in antenna start-up Veldspan for €14m",
        tags=["Satellites", "M&A"],
        fields=["space"], kind="deal", weight="minor",
        headline=Amt("EUR", 14_000_000, "€14m"),
        atom_markup="strong",
        key_findings=[
            "Satellite maker Orbitane has acquired a 30% stake in Veldspan, a Delft start-up making "
            "flat-panel antennas, for €14m, with an option to buy the rest.",
        ],
        outlook="A small supply-chain investment.",
        source="https://www.orbitalwire.example/2026/10/01/orbitane-veldspan",
    ),
    # ================================================================== quantum: minor only
    Report(
        key="w40-kestrel-series-b-extension",
        feed="rss", post_id=47909, slug="kestrel-qubits-series-b-extension",
        published="2026-09-28T00:05:00+00:00",
        author="Elif Karaca",
        title="Kestrel Qubits tops up with $45m Series B extension",
        tags=["Quantum computing", "Funding", "Trapped ions"],
        fields=["quantum"], kind="funding-round", weight="minor",
        headline=Amt("USD", 45_000_000, "$45m"),
        incidental=[Amt("USD", 120_000_000, "$120m", "past-funding"),
                    Amt("USD", 1_300_000_000, "$1.3bn", "valuation")],
        notes="A small extension; the original round and the valuation in Background are larger. "
              "Published at the first minute-block of the week (00:05 UTC Monday).",
        markup="h2", box="div", comments="h2",
        key_findings=[
            "Kestrel Qubits, a trapped-ion start-up in Boulder, has added $45m to its Series B. The extension "
            "comes from existing investors and a sovereign fund. Kestrel will use it to hire engineers for "
            "its next 98-qubit system.",
        ],
        details_heading="Round",
        details=[
            "Type: extension of the Series B closed in 2025.",
            "Investors: existing backers plus one new sovereign fund.",
            "Use: hiring and a second fabrication line for ion traps.",
        ],
        background=(
            "Kestrel closed a $120m Series B in 2025 at a $1.3bn valuation. Extensions at the same price are "
            "common when a company wants to delay a new valuation. The company sells cloud access to two "
            "machines."
        ),
        outlook=(
            "A modest top-up. The 98-qubit system is due late next year. A Series C is likely in 2027."
        ),
        source="https://www.qubitdaily.example/2026/09/28/kestrel-extension",
    ),
    Report(
        key="w40-quantum-revenue-survey",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0401",
        link=f"{P}/2026/09/quantum-revenue-survey",
        published="2026-09-28T09:00:00+02:00",
        author="Elif Karaca",
        title="Will quantum pay? Survey says revenues could top US$12bn by 2032",
        tags=["Quantum technology", "Survey"],
        fields=["quantum"], kind="forecast", weight="minor",
        incidental=[Amt("USD", 12_000_000_000, "US$12bn", "forecast")],
        cue_traps=["breakthrough (expected, generic)"],
        atom_markup="h4",
        key_findings=[
            "A survey of 300 executives finds most expect quantum revenues to top US$12bn by 2032, provided "
            "an error-correction breakthrough arrives by 2029.",
        ],
        outlook="A survey of expectations, not news.",
        source="https://survey-house.example/quantum-2032",
    ),
    # ================================================================== unfiled
    Report(
        key="w40-tallypay-series-a",
        feed="rss", post_id=47914, slug="tallypay-series-a-instant-payments",
        published="2026-09-30T13:30:00+00:00",
        author="Lucinda Ferrars",
        title="Tallypay raises $38m Series A for instant B2B payments",
        tags=["Fintech", "Payments", "Funding"],
        fields=[], kind="funding-round", weight="minor",
        headline=Amt("USD", 38_000_000, "$38m"),
        notes="Fintech: no field.",
        markup="h3", box="p", comments="h2",
        key_findings=[
            "Tallypay, a Lisbon payments start-up, has raised $38m in a Series A. It settles invoices between "
            "businesses in seconds over the euro instant-payments rail. It has 900 business customers.",
        ],
        details_heading="Round",
        details=[
            "Lead: a London growth fund.",
            "Use: expansion to Spain and Italy.",
            "Staff: from 60 to 110 by the end of 2027.",
        ],
        background=(
            "Instant euro payments became mandatory for banks in 2025. Start-ups are building invoicing tools "
            "on top. Competition is intense."
        ),
        outlook=(
            "A typical Series A. The company expects to break even in 2028. Larger rivals are adding similar "
            "features."
        ),
        source="https://www.fintechwire.example/2026/09/30/tallypay",
    ),
    Report(
        key="w40-greenrow-untagged",
        feed="rss", post_id=47923, slug="greenrow-vertical-farm-opens",
        published="2026-10-04T23:40:00+00:00",
        author="Lucinda Ferrars", wp_category="Uncategorized",
        title="Greenrow switches on Europe’s tallest vertical farm",
        tags=[],
        fields=[], kind="launch", weight="minor",
        cue_traps=["switches on (a farm, no field)"],
        notes="No tags at all; agtech, no field. Published 23:40 UTC Sunday, the week's last minutes.",
        markup="desc-only", box="none", comments="none",
        key_findings=[
            "Greenrow has opened a 14-storey vertical farm near Rotterdam. It will grow leafy greens and "
            "herbs for three supermarket chains. The company says it uses 95% less water than field farming.",
        ],
        details_heading="Facts",
        details=[
            "Height: 14 storeys, 40 metres.",
            "Output: 1,200 tonnes a year.",
            "Power: a supply deal with an offshore wind farm.",
        ],
        background=(
            "Several vertical-farm companies failed in 2023 and 2024 as energy prices rose. Greenrow signed a "
            "fixed-price power contract before building. It is privately held."
        ),
        outlook=(
            "Profitability is the test. The company plans a second site in 2028. Competitors will watch its "
            "energy costs."
        ),
        source="https://www.agtechnews.example/2026/10/04/greenrow",
    ),
]

FIELDS = {
    "quantum": FieldWeek(
        verdict="skip",
        reason="Skip: only Kestrel Qubits' $45m Series B top-up and a revenue survey.",
        must_not_lead=["w40-quantum-revenue-survey"],
        notes="The US$12bn is a forecast; the $1.3bn in the Kestrel story is a 2025 valuation.",
    ),
    "ai": FieldWeek(
        verdict="must-read",
        reason="Must read: Halvard AI released Skerry-1's weights under Apache 2.0, the first open model to "
               "match the closed frontier on most tests.",
        top1="w40-halvard-skerry-open-weights",
        top3=["w40-halvard-skerry-open-weights"], top3_order="strict",
        must_not_lead=["w40-agents-market-forecast", "w40-opinion-ai-capex-bubble", "w40-marrow-dublin-policy-hire"],
        notes="One major among five; the rest are a hire, a column, a forecast and a webinar recap. "
              "No reason_amount: the lead has no money ($1.75 billion is a past round).",
    ),
    "hpc": FieldWeek(
        verdict="worth-a-skim",
        reason="Worth a skim: Norway's Nordvik supercomputer entered service at 1.1 exaflops.",
        top1="w40-nordvik-switches-on",
        top3=["w40-nordvik-switches-on"], top3_order="strict",
        must_not_lead=["w40-liquid-cooling-column"],
        notes="A system entering service is notable, not major. €500 million is its cost, not news.",
    ),
    "semiconductors": FieldWeek(
        verdict="must-read",
        reason="Must read: Kaiyo Devices agreed to buy Brockmann's silicon-carbide power-chip arm for €2.1bn in cash.",
        top1="w40-kaiyo-brockmann-power",
        top3=["w40-kaiyo-brockmann-power"], top3_order="strict",
        must_not_lead=["w40-sunmoor-record-profits"],
        reason_amount=Amt("EUR", 2_100_000_000, "€2.1bn"),
        notes="The syndicated partner copy is the same report. Sunmoor's $14.2bn is revenue.",
    ),
    "biotech": FieldWeek(
        verdict="worth-a-skim",
        reason="Worth a skim: the EMA's committee recommended Corbel's base-editing therapy Rivelta for "
               "sickle-cell disease; the Commission decides in December.",
        top1="w40-ema-recommends-rivelta",
        top3=["w40-ema-recommends-rivelta"], top3_order="strict",
        notes="An EMA recommendation is not an approval (notable, not major). The FDA filing acceptance is "
              "procedural (minor).",
    ),
    "energy": FieldWeek(
        verdict="must-read",
        reason="Must read: Solenne's perovskite-silicon tandem cell reached a certified 35.2%, beating the "
               "previous best of 34.6%.",
        top1="w40-solenne-tandem-record",
        top3=["w40-solenne-tandem-record", "w40-bramble-debt-facility"], top3_order="strict",
        must_not_lead=["w40-grid-batteries-forecast"],
        notes="The record leads; Bramble's £900m debt facility is notable and second. The $1 trillion is a "
              "forecast in a question headline.",
    ),
    "space": FieldWeek(
        verdict="skip",
        reason="Skip: Marlin Heavy's maiden flight slips a quarter; otherwise a small antenna stake, a "
               "long-range forecast and an explainer.",
        must_not_lead=["w40-space-economy-forecast"],
        notes="Only minor items, yet the week's biggest figures: $4.2bn (a programme budget) and $2.1 trillion "
              "(a forecast).",
    ),
    "cybersecurity": FieldWeek(
        verdict="worth-a-skim",
        reason="Worth a skim: attackers are exploiting an unpatched Quillgate firewall flaw (CVE-2026-41877), CISA warns.",
        top1="w40-quillgate-exploited", top1_also_ok=["w40-brightmoat-keyrail-merger"],
        top3=["w40-quillgate-exploited", "w40-brightmoat-keyrail-merger"], top3_order="set",
        must_not_lead=["w40-rijnhaven-ransom"],
        notes="Two notables: the exploited flaw (preferred lead) and the Brightmoat-Keyrail merger of equals, "
              "which has no price ($640m is a combined market value). The $30m in Rijnhaven's title is a "
              "ransom demand in a routine incident; the £7.5m grant is small.",
    ),
}
