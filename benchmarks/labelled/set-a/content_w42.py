"""2026-W42 (Mon 12 Oct - Sun 18 Oct 2026): reports, and the editor's judgement per field.

Held-out set, written independently of the development set. All organisations, products, people
and figures are invented; public agencies (the UK Information Commissioner's Office, the Nordic
transmission system operators, EMA, CISA) are real names used in invented stories.
"""

from model import Amt, FieldWeek, Report

WEEK = "2026-W42"

NOTES = (
    "AI has seven reports and one major (Sable Reasoning's $3.4B round, whose title puts the $41 billion "
    "valuation first; the partner feed carries a syndicated copy with utm_ parameters). Semiconductors leads "
    "with a passive-voice yen acquisition. Energy has a single report, a grid rule taking effect. HPC and "
    "space are minor-only. The ICO fine is dated 01:10 +03:00 on Monday 19 Oct, which is Sunday 18 Oct "
    "22:10 UTC, so it belongs to this week."
)

REPORTS = [
    # ------------------------------------------------------------------ unfiled
    Report(
        key="w42-ledgerline-open-banking",
        feed="rss", post_id=47112, slug="ledgerline-variable-recurring-payments-pilot",
        published="2026-10-12T00:10:00+00:00",
        author="Marta Okonkwo",
        title="Ledgerline starts a variable recurring payments pilot with four high-street banks",
        tags=["Fintech", "Open Banking"],
        fields=[], kind="other", weight="minor",
        notes="Unfiled: fintech and open banking match no field. Published ten minutes into the week.",
        markup="h3", box="div", comments="h3",
        key_findings=[
            "Ledgerline, which runs payment rails for about 300 British merchants, has begun a six-month pilot "
            "of variable recurring payments with four retail banks. Customers can authorise a merchant to pull "
            "changing amounts from a current account within limits they set in their banking app. The pilot "
            "covers utilities and subscription video services only.",
        ],
        details=[
            "Consent: limits are set per merchant and per month, and can be cancelled from the bank's app.",
            "Liability: refunds for disputed pulls are handled by the sending bank under a shared rulebook.",
            "Scope: about 40,000 customers are expected to take part by the end of the pilot.",
        ],
        background=(
            "Variable recurring payments have been discussed in Britain for years as a cheaper alternative to "
            "direct debits and cards. Progress has been slow because banks and merchants could not agree on "
            "pricing and liability. An industry body published a common rulebook earlier this year."
        ),
        outlook=(
            "The pilot is small and limited to two merchant categories. If dispute rates stay low, the banks "
            "say they would open the service to retailers in 2027. Card networks are watching closely."
        ),
        source="https://www.paymentsweekly.example/2026/10/11/ledgerline-vrp-pilot",
    ),
    Report(
        key="w42-furrowbot-round",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0381",
        link="https://briefs.lindqvist-research.example/2026/10/furrowbot-series-b",
        published="2026-10-13T09:30:00+02:00",
        author="Henrik Aalto",
        title="Furrowbot lands $120M to put weeding robots on European vegetable farms",
        tags=["Agtech", "Robotics"],
        fields=[], kind="funding-round", weight="notable",
        headline=Amt("USD", 120_000_000, "$120M"),
        notes="Unfiled: agtech and robotics match no field.",
        atom_markup="strong",
        summary="A Series B led by a Dutch agrifood fund; the robots use cameras rather than herbicide.",
        why_heading="Outlook",
        key_findings=[
            "Furrowbot, a Danish maker of camera-guided weeding robots, has raised $120M in a Series B led by "
            "a Dutch agrifood fund. The company will use the money to build 600 machines next year.",
        ],
        details=[
            "Fleet: about 140 robots are working on farms in Denmark, Germany and the Netherlands.",
            "Business model: farmers rent the robots by the hectare rather than buying them.",
        ],
        outlook=(
            "Tighter limits on herbicides in the EU make mechanical weeding more attractive. The hard part is "
            "servicing a scattered fleet at harvest time."
        ),
        source="https://briefs.lindqvist-research.example/agtech/furrowbot",
    ),
    # ------------------------------------------------------------------ quantum
    Report(
        key="w42-tallgrass-fusion-gate",
        feed="rss", post_id=47118, slug="tallgrass-photonics-fusion-gate-fidelity",
        published="2026-10-12T14:20:00+00:00",
        author="Ines Carvalho",
        title="Tallgrass Photonics lifts photonic fusion-gate fidelity to 99.1% but stops short of a breakthrough",
        tags=["Quantum Computing", "Photonics"],
        fields=["quantum"], kind="research-result", weight="notable",
        incidental=[Amt("EUR", 1_100_000_000, "€1.1bn", "past-funding")],
        cue_traps=["breakthrough (negated in the title)", "no record was claimed"],
        markup="h2", box="div", comments="h2",
        kf_bullets=True, kf_numbered=True,
        details_heading="Technical Details",
        key_findings=[
            "Tallgrass Photonics reports that its fusion gates, the operation that joins small photonic "
            "states into larger ones, now succeed with 99.1% fidelity on its Dublin test bench.",
            "That is up from 97.4% a year ago, but the firm itself says it is still short of the roughly 99.7% "
            "its architecture needs for fault tolerance.",
            "The result appears in a preprint and has not been peer reviewed; no record was claimed.",
            "Photon loss, not gate fidelity, remains the dominant error, at about 14% per chip-to-chip link.",
        ],
        details=[
            "Hardware: silicon-nitride waveguides with superconducting nanowire detectors cooled to 2 K.",
            "Method: the team used a new calibration loop that re-tunes phase shifters every 40 milliseconds.",
            "Scale: measurements were made on 24 fusion sites, not a full processor.",
        ],
        background=(
            "Photonic quantum computers promise room-temperature logic and easy networking, but they depend on "
            "probabilistic operations that must succeed very reliably. Tallgrass, founded in 2019, closed a "
            "€1.1bn round in 2025, one of the largest in the sector. Its roadmap promises a fault-tolerant "
            "machine before 2031. Rival photonic groups have reported similar fidelities on smaller benches."
        ),
        outlook=(
            "The improvement is real, but it is an incremental engineering gain rather than a change in what the "
            "machines can do. The next milestone to watch is loss per link, which would have to fall by about "
            "half. Tallgrass expects to publish loss figures for its second-generation chips next spring."
        ),
        source="https://arxiv-mirror.example/abs/2610.04417",
    ),
    Report(
        key="w42-quantum-sensing-webinar",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0383",
        link="https://briefs.lindqvist-research.example/2026/10/webinar-buying-quantum-sensors",
        published="2026-10-13T16:00:00+01:00",
        author="Clara Dufour",
        title="Our first-ever webinar: how defence buyers should evaluate quantum sensors",
        tags=["Quantum Sensing", "Events"],
        fields=["quantum"], kind="webinar-event", weight="minor",
        cue_traps=["first-ever (a webinar)"],
        atom_markup="plain",
        key_findings=[
            "The Lindqvist network will hold its first-ever webinar on 4 November, on how procurement teams "
            "should test quantum magnetometers and gravimeters before buying them. Registration is free.",
        ],
        details=[
            "Speakers: a navy test-range engineer and two academic metrologists.",
            "Format: 45 minutes of talks followed by questions.",
        ],
        outlook="Useful for readers who buy or assess sensing hardware; there is no news in the notice itself.",
        source="https://briefs.lindqvist-research.example/events/quantum-sensors-webinar",
    ),
    Report(
        key="w42-quantum-networking-forecast",
        feed="rss", post_id=47131, slug="quantum-networking-spending-forecast-2032",
        published="2026-10-15T08:00:00+00:00",
        author="Ines Carvalho",
        title="Quantum networking spend is projected to reach $4.7 billion by 2032, says Meridale Consulting",
        tags=["Quantum Networks", "Market Research"],
        fields=["quantum"], kind="forecast", weight="minor",
        incidental=[
            Amt("USD", 4_700_000_000, "$4.7 billion", "forecast"),
            Amt("USD", 310_000_000, "$310 million", "revenue"),
        ],
        markup="strong", box="p", comments="p",
        key_findings=[
            "Spending on quantum networking equipment and services is projected to reach $4.7 billion a year "
            "by 2032, according to a report from Meridale Consulting. The firm estimates this year's market at "
            "$310 million, most of it government-funded testbeds. Quantum key distribution accounts for the "
            "bulk of the forecast, with entanglement-based networks arriving only after 2030.",
        ],
        details=[
            "Method: interviews with 70 vendors and buyers, plus public tender data from 18 countries.",
            "Regions: Asia is expected to account for about half of spending, driven by national backbones.",
            "Caveat: the report assumes no major security flaw is found in deployed key-distribution systems.",
        ],
        background=(
            "Forecasts of quantum markets have a poor history, and most have been revised down as timelines "
            "slipped. Networking is different from computing in that some systems are already sold. But most "
            "buyers are public bodies, and budgets depend on national programmes."
        ),
        outlook=(
            "The numbers are a consultancy's projection, not orders. Analysts expect consolidation among "
            "key-distribution vendors before the market grows. Readers should treat the 2032 figure as an "
            "upper bound."
        ),
        source="https://www.meridale.example/research/quantum-networking-2032",
    ),
    # ------------------------------------------------------------------ AI
    Report(
        key="w42-sable-round",
        feed="rss", post_id=47121, slug="sable-reasoning-series-d",
        published="2026-10-13T17:45:00+00:00",
        author="Tomasz Wiącek",
        title="At a $41 billion valuation, Sable Reasoning lands $3.4B in a Series D",
        tags=["Artificial Intelligence", "LLMs", "Funding"],
        fields=["ai"], kind="funding-round", weight="major",
        headline=Amt("USD", 3_400_000_000, "$3.4B"),
        incidental=[
            Amt("USD", 41_000_000_000, "$41 billion", "valuation"),
            Amt("CAD", 800_000_000, "C$800 million", "deal-component"),
            Amt("USD", 1_250_000_000, "$1.25 billion", "past-funding"),
        ],
        notes="The title puts the valuation before the amount raised; the news is the $3.4B.",
        markup="h3", box="div", comments="h2",
        details_heading="Round Details",
        key_findings=[
            "Sable Reasoning, the San Francisco lab behind the Tessellate family of reasoning models, has "
            "closed a $3.4B Series D that values it at $41 billion after the money. The round was led by two "
            "sovereign wealth funds and includes C$800 million from a Canadian public pension plan. Sable says "
            "most of the cash will pay for compute over the next two years.",
            "It is the third-largest private raise by an AI lab this year and more than doubles what Sable had "
            "raised in total.",
        ],
        details=[
            "Investors: two Gulf sovereign funds led; existing backers took up their pro-rata rights.",
            "Use of funds: a long-term lease on a 600 MW campus in Alberta, and hiring for a new Toronto lab.",
            "Governance: the board grows to nine seats, with one for the pension plan.",
            "Products: the next Tessellate model is due in the first quarter, according to people briefed on "
            "the round.",
        ],
        background=(
            "Sable was founded in 2023 by researchers from two larger labs and raised $1.25 billion across "
            "earlier rounds. Its models are popular with enterprise developers for long, multi-step tasks. "
            "Like its rivals, it spends far more on compute than it earns. Investors have been concentrating "
            "their bets on a handful of labs they think can afford frontier training runs."
        ),
        outlook=(
            "The round puts Sable firmly among the few labs able to train frontier-scale models on their own "
            "hardware. The Canadian money ties it to the Alberta campus, which will not be fully powered until "
            "2028. Expect rivals to answer with raises of their own before the year is out."
        ),
        source="https://www.capitalcompute.example/2026/10/13/sable-reasoning-series-d",
    ),
    Report(
        key="w42-sable-syndicated",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:syndication-47121",
        link="https://troy-technical.example/2026/10/13/sable-reasoning-series-d/"
             "?utm_source=lindqvist&utm_medium=partner-feed&utm_campaign=briefs-w42&utm_content=ai",
        published="2026-10-14T06:30:00+00:00",
        author="Lindqvist Briefing Desk",
        title="At a $41 billion valuation, Sable Reasoning lands $3.4B in a Series D",
        tags=["AI", "Syndicated"],
        fields=["ai"], kind="funding-round", weight="major",
        syndicates="w42-sable-round",
        headline=Amt("USD", 3_400_000_000, "$3.4B"),
        incidental=[Amt("USD", 41_000_000_000, "$41 billion", "valuation")],
        notes="Syndicated copy of the site report (same URL once utm_ parameters are removed).",
        key_findings=[
            "Sable Reasoning has closed a $3.4B Series D that values it at $41 billion after the money. Most of "
            "the cash will pay for compute over the next two years.",
        ],
        outlook=(
            "The round puts Sable among the few labs able to train frontier-scale models on their own hardware."
        ),
    ),
    Report(
        key="w42-pellam-chief-scientist",
        feed="rss", post_id=47115, slug="pellam-ai-chief-scientist-hire",
        published="2026-10-12T11:05:00+00:00",
        author="Rachel Imbert",
        title="Pellam AI hires Dr Lucía Ferrando as chief scientist after a record quarter of bookings",
        tags=["AI", "People"],
        fields=["ai"], kind="hiring", weight="minor",
        incidental=[Amt("USD", 8_200_000_000, "$8.2 billion", "valuation")],
        cue_traps=["record quarter (bookings, not a certified record)"],
        markup="plain", box="p", comments="none",
        key_findings=[
            "Pellam AI, which sells document-processing models to insurers, has hired Dr Lucía Ferrando as its "
            "chief scientist. She previously led the multilingual research group at a large search company. "
            "Pellam says it is hiring after a record quarter of bookings, without giving figures.",
        ],
        details=[
            "Remit: Ferrando will run a new 40-person research team in Madrid.",
            "Focus: smaller models that can run inside customers' own data centres.",
            "Start date: she joins on 2 November.",
        ],
        background=(
            "Pellam was last valued at $8.2 billion in a 2025 round. It competes with larger labs by "
            "fine-tuning open models for regulated industries. Senior research hires have become a signal of "
            "which companies plan to train their own models."
        ),
        outlook=(
            "The hire suggests Pellam wants to build more of its own models rather than adapt others'. It is "
            "not, on its own, a change in the market. Watch for a first model from the Madrid team next year."
        ),
        source="https://www.pellam.example/news/chief-scientist",
    ),
    Report(
        key="w42-hollin-patch",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0385",
        link="https://briefs.lindqvist-research.example/2026/10/hollin-7-0-2",
        published="2026-10-14T10:15:00-05:00",
        author="Henrik Aalto",
        title="Hollin-7 7.0.2 fixes a tool-calling regression and trims memory use",
        tags=["LLM", "Open Source"],
        fields=["ai"], kind="patch-release", weight="minor",
        atom_markup="h4",
        key_findings=[
            "Version 7.0.2 of the open Hollin-7 model runtime fixes a regression that broke parallel tool calls "
            "in 7.0.1 and cuts peak memory by about 8% on long prompts. No model weights changed.",
        ],
        details=[
            "Upgrade: drop-in; configuration files from 7.0 still work.",
            "Known issue: streaming output on some ARM servers is still slower than in 6.x.",
        ],
        outlook="A routine maintenance release; users of parallel tool calls should upgrade.",
        source="https://code.hollin.example/releases/7.0.2",
    ),
    Report(
        key="w42-opinion-compute-financing",
        feed="rss", post_id=47127, slug="opinion-ai-compute-arms-race-financing",
        published="2026-10-14T19:30:00+00:00",
        author="Owen Maddox",
        title="Opinion: the AI compute race is now a financing story, not a science story",
        tags=["Generative AI", "Opinion"],
        fields=["ai"], kind="opinion", weight="minor",
        wp_category="Opinion",
        incidental=[
            Amt("USD", 720_000_000_000, "$720 billion", "sector-total"),
            Amt("USD", 1_000_000_000_000, "$1 trillion", "forecast"),
        ],
        cue_traps=["breakthrough (in a sentence saying there was none)"],
        markup="strong", box="div", comments="h3",
        key_findings=[
            "The biggest AI announcements of the past month were loans, leases and equity rounds, not papers. "
            "By one count, the industry has now committed $720 billion to data-centre construction, and "
            "analysts expect annual commitments could top $1 trillion by 2028. Nothing released this autumn "
            "amounts to a scientific breakthrough. The column argues that readers should judge labs by their "
            "balance sheets as much as their benchmarks.",
        ],
        details=[
            "Argument: model quality gains are now roughly proportional to money spent on compute.",
            "Risk: lenders are taking on exposure to a small number of borrowers.",
            "Counterpoint: open models keep closing the gap at a fraction of the cost.",
        ],
        background=(
            "The author is a former credit analyst who covers technology finance. Comparisons with the "
            "railway and telecom booms are common in this debate. Both ended with overbuilt networks and "
            "useful infrastructure."
        ),
        outlook=(
            "No single deal triggered the column. Its value is as a frame for reading funding news over the "
            "coming months. The author expects at least one large lab to be sold or merged by 2028."
        ),
        source="https://troy-technical.example/opinion/compute-financing",
    ),
    Report(
        key="w42-agent-spend-forecast",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0387",
        link="https://briefs.lindqvist-research.example/2026/10/enterprise-agent-spend",
        published="2026-10-15T12:00:00+02:00",
        author="Clara Dufour",
        title="Enterprise spending on AI agents could top €140bn by 2030, survey of CIOs suggests",
        tags=["Machine Learning", "Surveys"],
        fields=["ai"], kind="forecast", weight="minor",
        incidental=[Amt("EUR", 140_000_000_000, "€140bn", "forecast")],
        atom_markup="strong",
        summary="A survey of 1,100 chief information officers; most agent projects are still pilots.",
        key_findings=[
            "A survey of 1,100 chief information officers in Europe and North America suggests spending on AI "
            "agents could top €140bn a year by 2030. Only 12% of respondents have an agent in production today.",
        ],
        details=[
            "Barriers: reliability and auditability were named more often than cost.",
            "Budgets: most spending would come from existing software budgets rather than new money.",
        ],
        outlook="A projection built on intentions, not contracts; useful as a mood reading.",
        source="https://briefs.lindqvist-research.example/surveys/cio-agents-2026",
    ),
    Report(
        key="w42-weather-exascale-recap",
        feed="rss", post_id=47134, slug="recap-training-weather-models-exascale",
        published="2026-10-15T15:40:00+00:00",
        author="Rachel Imbert",
        title="Recap: what we learned about training weather models on exascale machines",
        tags=["Deep Learning", "Exascale", "Events"],
        fields=["ai", "hpc"], kind="webinar-event", weight="minor",
        wp_category="Events",
        cue_traps=["first half (of next year, a schedule)"],
        markup="h2", box="p", comments="h2",
        kf_bullets=True,
        key_findings=[
            "About 600 people joined Tuesday's webinar on machine-learned weather models",
            "Speakers from three national weather services compared training runs on exascale systems",
            "Data movement, not arithmetic, limited every run that was described",
            "No new models or results were announced",
        ],
        details=[
            "Scaling: one service trained on 8,000 GPUs but saw efficiency fall sharply past 4,000.",
            "Checkpoints: writing model state took up to a fifth of wall-clock time.",
            "Next session: ensemble forecasting, scheduled for the first half of next year.",
        ],
        background=(
            "Machine-learned weather models now match physics-based ones on many forecast scores. Training "
            "them at high resolution needs the largest public supercomputers. Weather services are learning "
            "to share those machines with other users."
        ),
        outlook=(
            "The webinar was a useful survey of practice rather than news. The recording is available to "
            "registered readers. Expect the input-output problems to feature in next month's procurement "
            "specifications."
        ),
        source="https://troy-technical.example/events/weather-models-exascale",
    ),
    Report(
        key="w42-tessel-seed",
        feed="rss", post_id=47140, slug="tessel-evaluation-tooling-seed",
        published="2026-10-16T09:10:00+00:00",
        author="Tomasz Wiącek",
        title="Tessel raises $9M seed to build evaluation tools for AI agents",
        tags=["AI", "Startups"],
        fields=["ai"], kind="funding-round", weight="minor",
        headline=Amt("USD", 9_000_000, "$9M"),
        markup="h3", box="div", comments="h3",
        key_findings=[
            "Tessel, a Berlin start-up founded last year, has raised a $9M seed round to build test suites that "
            "check whether AI agents complete multi-step business tasks correctly. The round was led by a "
            "German early-stage fund. Tessel has eleven staff and six paying customers.",
        ],
        details=[
            "Product: replayable test environments for agents that use web browsers and spreadsheets.",
            "Pricing: per test run, with a free tier for open-source projects.",
            "Plans: hiring in Berlin and Lisbon.",
        ],
        background=(
            "Companies deploying agents struggle to know whether a new model version is safe to switch on. "
            "Evaluation tooling has become a busy niche for start-ups. Most rounds in the niche have been "
            "small."
        ),
        outlook=(
            "A small round in a crowded field. Tessel's bet is that buyers will want independent tests rather "
            "than ones supplied by model vendors. Consolidation is likely within two years."
        ),
        source="https://www.startupberlin.example/2026/10/16/tessel-seed",
    ),
    # ------------------------------------------------------------------ HPC
    Report(
        key="w42-slatequeue-patch",
        feed="rss", post_id=47124, slug="slatequeue-24-10-3-scheduler-fix",
        published="2026-10-14T07:50:00+00:00",
        author="Priya Nandakumar",
        title="SlateQueue 24.10.3 patches a scheduler deadlock on very large jobs",
        tags=["Supercomputing", "Software"],
        fields=["hpc"], kind="patch-release", weight="minor",
        markup="plain", box="div", comments="p",
        key_findings=[
            "The SlateQueue project has released version 24.10.3 of its open-source batch scheduler. The update "
            "fixes a deadlock that could freeze the controller when a job asked for more than 20,000 nodes. It "
            "also corrects accounting of GPU hours for jobs that were pre-empted.",
        ],
        details=[
            "Affected: sites running 24.10.0 to 24.10.2 with hierarchical fair-share enabled.",
            "Upgrade: rolling upgrades are supported; the database schema is unchanged.",
            "Credit: the bug was reported by operators of two European pre-exascale systems.",
        ],
        background=(
            "SlateQueue runs on a large share of the world's academic clusters. Deadlocks on big jobs are rare "
            "but costly, because they stall the whole machine. The 24.10 series added new fair-share rules "
            "that caused several bugs."
        ),
        outlook=(
            "Sites that run very large jobs should upgrade before their next maintenance window. The project "
            "plans a feature release in spring. Nothing here changes the scheduler's design."
        ),
        source="https://slatequeue.example/news/24.10.3",
    ),
    Report(
        key="w42-opinion-datacentre-grid",
        feed="rss", post_id=47137, slug="opinion-data-centres-cannot-wait-for-grid",
        published="2026-10-15T21:00:00+00:00",
        author="Owen Maddox",
        title="Opinion: data centres can't wait for the grid, so they are building their own",
        tags=["Data Centers", "Power", "Opinion"],
        fields=["hpc"], kind="opinion", weight="minor",
        wp_category="Opinion",
        incidental=[Amt("USD", 1_100_000_000_000, "$1.1 trillion", "sector-total")],
        notes="'Power' is not an energy alias; the column is filed under HPC only.",
        markup="h2", box="p", comments="h2",
        key_findings=[
            "Developers of large computing campuses are increasingly installing their own gas turbines and "
            "batteries rather than waiting years for grid connections. The column puts the total cost of "
            "announced campuses worldwide at $1.1 trillion. It argues that this private power build-out will "
            "shape where supercomputers are sited for a decade.",
        ],
        details=[
            "Evidence: connection queues of five to eight years in several US and European markets.",
            "Risk: on-site gas generation could lock in emissions that operators have promised to cut.",
            "Alternative: flexible connection agreements that let campuses run below full load at peak times.",
        ],
        background=(
            "Utilities were not planning for the load growth that AI training has brought. Some regions have "
            "paused new connections altogether. Public research centres compete for the same capacity as "
            "commercial campuses."
        ),
        outlook=(
            "The column reports no new project. It is a useful summary of a trend that readers will see in "
            "site announcements. Regulators would need to change connection rules to slow it."
        ),
        source="https://troy-technical.example/opinion/data-centre-power",
    ),
    Report(
        key="w42-ardent-lyon-office",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0389",
        link="https://briefs.lindqvist-research.example/2026/10/ardent-compute-lyon",
        published="2026-10-16T14:45:00+02:00",
        author="Henrik Aalto",
        title="Ardent Compute opens a Lyon office for its European HPC cloud",
        tags=["HPC", "Cloud", "Careers"],
        fields=["hpc"], kind="hiring", weight="minor",
        incidental=[
            Amt("USD", 12_000_000_000, "$12 billion", "valuation"),
            Amt("USD", 2_300_000_000, "US$ 2.3 billion", "past-funding"),
        ],
        atom_markup="h4",
        key_findings=[
            "Ardent Compute, which rents supercomputer-class clusters by the hour, has opened an office in "
            "Lyon and plans to hire 80 engineers there over two years.",
        ],
        details=[
            "Role: the office will support European research customers and public-sector tenders.",
            "Capacity: no new hardware was announced with the office.",
        ],
        background=(
            "Ardent raised US$ 2.3 billion last year at a valuation of $12 billion. It has been expanding in "
            "Europe as research funders look for alternatives to national machines."
        ),
        outlook="An office opening; the money in the background is last year's.",
        source="https://briefs.lindqvist-research.example/hpc/ardent-lyon",
    ),
    # ------------------------------------------------------------------ semiconductors
    Report(
        key="w42-marrowind-tokai",
        feed="rss", post_id=47119, slug="tokai-lithographics-marrowind-acquisition",
        published="2026-10-13T04:30:00+00:00",
        author="Kenji Morimoto",
        title="Tokai Lithographics is to be acquired by Marrowind Holdings for ¥2.6 trillion (yen)",
        tags=["Semiconductors", "Lithography", "M&A"],
        fields=["semiconductors"], kind="deal", weight="major",
        headline=Amt("JPY", 2_600_000_000_000, "¥2.6 trillion"),
        incidental=[
            Amt("JPY", 78_000_000_000, "¥78 billion", "deal-component"),
            Amt("JPY", 410_000_000_000, "¥410 billion", "revenue"),
        ],
        cue_traps=["subject to approval (pending clearances)"],
        notes="Passive voice: the target is the grammatical subject. About $17 billion at current rates.",
        markup="h2", box="div", comments="h2",
        details_heading="Deal Terms",
        key_findings=[
            "Tokai Lithographics, the Nagoya maker of mask-inspection and photoresist-coating tools, is to be "
            "acquired by the investment group Marrowind Holdings for ¥2.6 trillion in cash. Tokai's board "
            "recommended the offer on Tuesday. The price is a 38% premium to Tokai's average share price over "
            "the past month.",
            "It would be the largest take-private of a Japanese chip-equipment company.",
        ],
        details=[
            "Structure: a tender offer starting in November, followed by a squeeze-out of remaining holders.",
            "Break fee: Tokai would owe ¥78 billion if it accepted a rival bid.",
            "Approvals: subject to approval by Japanese, US, Chinese and EU authorities, and to foreign-investment "
            "screening.",
            "Management: the current chief executive stays; Marrowind will appoint four of seven directors.",
        ],
        background=(
            "Tokai holds a large share of the market for inspection tools used on extreme-ultraviolet masks. "
            "It reported ¥410 billion in revenue for the last fiscal year. Activist shareholders had pushed it "
            "to sell or split since 2024. Marrowind has bought three smaller equipment suppliers in Europe."
        ),
        outlook=(
            "Regulatory review is expected to take at least nine months, and Beijing's position is the main "
            "uncertainty. Customers will want assurances that supply of inspection tools is unaffected. If the "
            "deal closes, Marrowind would control a chokepoint in advanced chipmaking."
        ),
        source="https://www.nikkeiwire.example/2026/10/13/tokai-lithographics-marrowind",
    ),
    Report(
        key="w42-packaging-forecast",
        feed="rss", post_id=47128, slug="advanced-packaging-revenue-forecast-2030",
        published="2026-10-14T12:25:00+00:00",
        author="Kenji Morimoto",
        title="Advanced-packaging revenue could top $85 billion by 2030, Tarn Research says",
        tags=["Chips", "Packaging", "Market Research"],
        fields=["semiconductors"], kind="forecast", weight="minor",
        incidental=[
            Amt("USD", 85_000_000_000, "$85 billion", "forecast"),
            Amt("USD", 46_000_000_000, "$46 billion", "revenue"),
        ],
        markup="h3", box="p", comments="none",
        key_findings=[
            "Tarn Research projects that revenue from advanced chip packaging could top $85 billion by 2030, up "
            "from about $46 billion this year. Chiplet designs for AI accelerators account for most of the "
            "growth. Tarn expects capacity for hybrid bonding to stay tight until 2028.",
        ],
        details=[
            "Segments: 2.5D interposers lead today; panel-level packaging grows fastest in the forecast.",
            "Regions: Taiwan keeps the largest share, but Southeast Asia gains.",
            "Method: company guidance and equipment shipment data.",
        ],
        background=(
            "Packaging has moved from a low-margin back-end step to a bottleneck for AI chips. Foundries and "
            "outsourced assembly firms are both adding capacity. Forecasts have risen sharply over the last "
            "two years."
        ),
        outlook=(
            "This is a projection, not a deal or an investment. It is consistent with other forecasts. Readers "
            "should watch capex guidance from the big assembly firms for confirmation."
        ),
        source="https://www.tarnresearch.example/packaging-2030",
    ),
    Report(
        key="w42-eskerfab-cto",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0391",
        link="https://briefs.lindqvist-research.example/2026/10/eskerfab-cto",
        published="2026-10-16T08:00:00+01:00",
        author="Clara Dufour",
        title="Eskerfab names a new chief technology officer",
        tags=["Semiconductor", "People"],
        fields=["semiconductors"], kind="hiring", weight="minor",
        cue_traps=["first half (of 2027, a start date)"],
        atom_markup="strong",
        key_findings=[
            "Eskerfab, the Dresden specialty foundry, has named Dr Anneliese Voss as chief technology officer. "
            "She will start in the first half of 2027.",
        ],
        details=[
            "Background: Voss ran power-device process development at a German automotive supplier.",
            "Priority: silicon-carbide and gallium-nitride lines.",
        ],
        outlook="A management change with no immediate effect on customers.",
        source="https://briefs.lindqvist-research.example/people/eskerfab-cto",
    ),
    Report(
        key="w42-quellmont-fab-delay",
        feed="rss", post_id=47143, slug="quellmont-arizona-fab-delay-2028",
        published="2026-10-16T18:15:00+00:00",
        author="Priya Nandakumar",
        title="Quellmont pushes its Arizona fab to 2028 as costs climb",
        tags=["Foundry", "Fabs"],
        fields=["semiconductors"], kind="other", weight="notable",
        incidental=[
            Amt("USD", 2_700_000_000, "$2.7 billion", "cost-estimate"),
            Amt("USD", 11_000_000_000, "$11 billion", "budget"),
        ],
        notes="A delay with a cost overrun: the money is an overrun and a budget, not a deal.",
        markup="strong", box="div", comments="h2",
        key_findings=[
            "Quellmont Semiconductor will not start volume production at its Arizona fab until the second half "
            "of 2028, a year later than planned. The company told investors that the project now runs $2.7 "
            "billion over its original $11 billion budget. It blamed equipment delivery delays and a shortage of "
            "cleanroom technicians.",
        ],
        details=[
            "Process: the fab will make 3 nm-class chips for automotive and networking customers.",
            "Customers: two anchor customers have agreed to the new schedule, Quellmont says.",
            "Subsidies: grant payments are tied to milestones that will now be renegotiated.",
        ],
        background=(
            "Several new fabs in the United States have slipped since the subsidy programmes of 2022. "
            "Construction costs there are well above those in Asia. Quellmont broke ground in 2024."
        ),
        outlook=(
            "The delay is significant for Quellmont's customers but not a shock for the industry. The "
            "renegotiated grant terms would be the next thing to watch. Quellmont is expected to update its "
            "guidance in January."
        ),
        source="https://www.fabtimes.example/2026/10/16/quellmont-arizona-2028",
    ),
    # ------------------------------------------------------------------ biotech
    Report(
        key="w42-calderic-phenlow",
        feed="rss", post_id=47125, slug="calderic-phenlow-antibody-platform-deal",
        published="2026-10-14T09:00:00+00:00",
        author="Nadia Rahimi",
        title="Calderic Bio agrees to acquire Phenlow's bispecific antibody platform in a deal worth up to $620 million",
        tags=["Biotech", "Drug Discovery", "M&A"],
        fields=["biotech"], kind="deal", weight="notable",
        headline=Amt("USD", 620_000_000, "$620 million"),
        incidental=[Amt("USD", 180_000_000, "$180 million", "deal-component")],
        cue_traps=["not yet approved (the lead drug)"],
        markup="h3", box="div", comments="h3",
        details_heading="Technical Details",
        key_findings=[
            "Calderic Bio has agreed to acquire the bispecific antibody platform of Phenlow Therapeutics in a "
            "deal worth up to $620 million. Calderic will pay $180 million upfront, with the rest due on "
            "clinical and sales milestones. Phenlow keeps its lead drug, which is in a late-stage trial and is "
            "not yet approved anywhere.",
        ],
        details=[
            "Assets: the antibody design platform, four preclinical programmes and 35 staff.",
            "Timing: closing is expected before the end of the year.",
            "Focus: Calderic wants to apply the platform to autoimmune disease rather than cancer.",
        ],
        background=(
            "Bispecific antibodies bind two targets at once and have become one of the busiest areas of drug "
            "dealmaking. Phenlow has been looking for cash to finish its late-stage trial. Selling the platform "
            "lets it keep its most valuable asset."
        ),
        outlook=(
            "A mid-sized platform deal that fits the pattern of the past two years. Most of the value depends "
            "on milestones that may never be paid. Calderic plans to name its first development candidate in "
            "2027."
        ),
        source="https://www.biodealwire.example/2026/10/14/calderic-phenlow",
    ),
    Report(
        key="w42-ema-cell-therapy-webinar",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0393",
        link="https://briefs.lindqvist-research.example/2026/10/webinar-ema-cell-therapy",
        published="2026-10-15T17:30:00+02:00",
        author="Nadia Rahimi",
        title="Webinar: navigating the EMA approval process for cell therapies",
        tags=["Life Sciences", "Events"],
        fields=["biotech"], kind="webinar-event", weight="minor",
        cue_traps=["approval process (the subject of a webinar)"],
        atom_markup="h4",
        key_findings=[
            "A free webinar on 29 October will walk small developers through the EMA approval process for "
            "advanced therapies, from scientific advice to conditional authorisation.",
        ],
        details=[
            "Speakers: two former assessors and a regulatory-affairs consultant.",
            "Audience: start-ups preparing their first marketing application.",
        ],
        outlook="A practical session; no regulatory change is involved.",
        source="https://briefs.lindqvist-research.example/events/ema-cell-therapy",
    ),
    Report(
        key="w42-ruvelle-seed",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0395",
        link="https://briefs.lindqvist-research.example/2026/10/ruvelle-seed",
        published="2026-10-17T10:00:00+01:00",
        author="Henrik Aalto",
        title="Genomics start-up Ruvelle raises £4.8m for long-read newborn screening",
        tags=["Genomics", "Startups"],
        fields=["biotech"], kind="funding-round", weight="minor",
        headline=Amt("GBP", 4_800_000, "£4.8m"),
        atom_markup="plain",
        key_findings=[
            "Ruvelle, a Cambridge spin-out, has raised £4.8m to develop long-read sequencing tests for newborn "
            "screening. It plans a hospital study next year.",
        ],
        details=["Investors: two university funds and an angel syndicate."],
        outlook="A small seed round; the hospital study will be the real test.",
        source="https://briefs.lindqvist-research.example/genomics/ruvelle",
    ),
    # ------------------------------------------------------------------ energy (single report)
    Report(
        key="w42-nordic-grid-forming-rule",
        feed="rss", post_id=47133, slug="nordic-grid-forming-battery-requirement-in-force",
        published="2026-10-15T06:00:00+00:00",
        author="Sigrid Halvorsen",
        title="From today, big batteries on the Nordic grid must be able to form the grid themselves",
        tags=["Grid", "Batteries", "Regulation"],
        fields=["energy"], kind="regulation", weight="major",
        incidental=[Amt("EUR", 340_000_000, "€340 million", "cost-estimate")],
        cue_traps=["regulatory sandbox (the rule's origin, not the rule)"],
        notes="The only energy report this week, and a must-read. The verb is 'must', the date is today.",
        markup="h2", box="div", comments="h2",
        details_heading="What the Rule Requires",
        key_findings=[
            "Since Thursday, every new battery system of 50 MW or more that connects to the Nordic synchronous "
            "grid must operate in grid-forming mode, setting its own voltage and frequency instead of following "
            "the grid. The requirement, agreed by the transmission operators of Norway, Sweden, Finland and "
            "eastern Denmark, is the first binding rule of its kind in Europe. Existing plants have until 2030 "
            "to retrofit.",
        ],
        details=[
            "Scope: battery plants of 50 MW and above; wind and solar farms are covered from 2028.",
            "Performance: plants must supply inertia-like response within 20 milliseconds of a disturbance.",
            "Testing: compliance is checked through a standard simulation model before connection and a field "
            "test within six months.",
            "Cost: the operators estimate industry compliance costs at €340 million over ten years.",
        ],
        background=(
            "As coal, gas and nuclear plants close, grids lose the spinning mass that has kept frequency stable. "
            "Grid-forming inverters can imitate that behaviour, but until now operators have only paid for it "
            "voluntarily. The rule grew out of a regulatory sandbox run in 2024 and 2025 with six battery "
            "owners. Britain and Australia have market-based schemes but no mandate."
        ),
        outlook=(
            "The rule changes what battery makers must supply to one of Europe's most renewable-heavy grids. "
            "Vendors without tested grid-forming firmware will be shut out of new Nordic projects. Other "
            "European operators are expected to study the results before writing rules of their own. The first "
            "compliance tests are scheduled for December."
        ),
        source="https://www.nordicgrid.example/2026/10/15/grid-forming-requirement",
    ),
    # ------------------------------------------------------------------ space
    Report(
        key="w42-fennick-skylark-delay",
        feed="rss", post_id=47116, slug="fennick-skylark-first-flight-slips",
        published="2026-10-12T16:40:00+00:00",
        author="Lars Brekke",
        title="Fennick Aerospace now aims to launch Skylark next year after an engine test failure",
        tags=["Launch Vehicles", "Space"],
        fields=["space"], kind="other", weight="minor",
        incidental=[Amt("USD", 310_000_000, "$310 million", "past-funding")],
        cue_traps=["launch (a future date, not a launch)"],
        markup="strong", box="p", comments="h3",
        key_findings=[
            "Fennick Aerospace has pushed the first flight of its Skylark small rocket into 2027 after an "
            "upper-stage engine failed during a test in September. The company had planned to launch before the "
            "end of this year. It now aims to launch in the second quarter, pending a fix to a turbopump seal.",
        ],
        details=[
            "Failure: the engine shut down 40 seconds into a planned 360-second firing.",
            "Fix: a redesigned seal will be tested in December.",
            "Customers: three satellite operators hold reservations for the first flights.",
        ],
        background=(
            "Fennick has raised $310 million since 2021. Several European small-launch companies are racing to "
            "reach orbit first. Engine problems have delayed most of them."
        ),
        outlook=(
            "A delay of this kind is common for new rockets. The risk is that customers move to rivals. Fennick "
            "says its cash lasts into 2028."
        ),
        source="https://www.orbitalpost.example/2026/10/12/fennick-skylark-slip",
    ),
    Report(
        key="w42-eo-data-forecast",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0397",
        link="https://briefs.lindqvist-research.example/2026/10/eo-data-forecast",
        published="2026-10-14T13:00:00+00:00",
        author="Lars Brekke",
        title="Analysts expect European Earth-observation data sales of 850 million dollars by 2029",
        tags=["Satellites", "Market Research"],
        fields=["space"], kind="forecast", weight="minor",
        incidental=[Amt("USD", 850_000_000, "850 million dollars", "forecast")],
        atom_markup="h4",
        key_findings=[
            "A new market study projects that sales of Earth-observation data and analytics in Europe will reach "
            "850 million dollars by 2029, led by insurance and agriculture buyers.",
        ],
        details=["Caveat: public agencies remain the largest buyers and their budgets are uncertain."],
        outlook="A forecast, not a contract; no company announced new business.",
        source="https://briefs.lindqvist-research.example/space/eo-forecast",
    ),
    Report(
        key="w42-orbiscan-toulouse",
        feed="rss", post_id=47146, slug="orbiscan-toulouse-office-head-of-sales",
        published="2026-10-17T10:20:00+00:00",
        author="Lars Brekke",
        title="Orbiscan opens a Toulouse office and hires the executive who signed Europe's first launch customer",
        tags=["Satellite", "Careers"],
        fields=["space"], kind="hiring", weight="minor",
        cue_traps=["launch customer (a sales term)", "first (in a job history)"],
        markup="h3", box="div", comments="h2",
        key_findings=[
            "Orbiscan, which makes hyperspectral imaging satellites, has opened an office in Toulouse. It has "
            "hired Émilie Garnier, who earlier in her career signed the first launch customer for a European "
            "rideshare service, as head of sales. The office will have 25 staff by next summer.",
        ],
        details=[
            "Remit: sales to European defence and agriculture ministries.",
            "Satellites: Orbiscan has two in orbit and plans four more.",
            "Partners: none announced with the office.",
        ],
        background=(
            "Toulouse is Europe's largest cluster of space companies. Start-ups open offices there to be close "
            "to agencies and primes. Orbiscan is headquartered in Oslo."
        ),
        outlook=(
            "An expansion with no contracts attached. The hire signals a push into government sales. Watch for "
            "a first European defence order."
        ),
        source="https://www.orbiscan.example/news/toulouse",
    ),
    # ------------------------------------------------------------------ cybersecurity
    Report(
        key="w42-trellis-mdm-exploited",
        feed="rss", post_id=47122, slug="trellis-mdm-zero-day-exploited",
        published="2026-10-13T20:10:00+00:00",
        author="Aiko Brandvold",
        title="Attackers are exploiting an unpatched flaw in Trellis MDM, and a fix is a week away",
        tags=["Cybersecurity", "Vulnerabilities"],
        fields=["cybersecurity"], kind="other", weight="notable",
        incidental=[Amt("USD", 4_000_000, "$4 million", "ransom-demand")],
        markup="h2", box="div", comments="h2",
        details_heading="Technical Details",
        key_findings=[
            "A flaw in the on-premises edition of Trellis MDM, a device-management server used by hospitals and "
            "local governments, is being exploited to take over the servers without a password. Trellis has "
            "published a workaround but says a patch will not be ready until next week. At least two intrusions "
            "led to ransomware, with demands of up to $4 million.",
        ],
        details=[
            "Identifier: CVE-2026-41877, rated 9.8 out of 10.",
            "Exposure: researchers count about 5,300 servers reachable from the internet.",
            "Workaround: block the enrolment endpoint at the firewall and rotate administrator keys.",
        ],
        background=(
            "Device-management servers are attractive targets because they can push software to every managed "
            "phone and laptop. Trellis had a similar flaw in 2024. Government agencies have been told to apply "
            "the workaround within 48 hours."
        ),
        outlook=(
            "Organisations running the on-premises edition should treat this as an emergency. The patch is "
            "expected on 20 October. The bigger question is how many servers were compromised before the "
            "workaround."
        ),
        source="https://www.securitydesk.example/2026/10/13/trellis-mdm-cve-2026-41877",
    ),
    Report(
        key="w42-ico-fines-hallam-rail",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0399",
        link="https://briefs.lindqvist-research.example/2026/10/ico-hallam-rail-fine",
        published="2026-10-19T01:10:00+03:00",
        author="Aiko Brandvold",
        title="UK regulator fines Hallam Rail £14.2m over its 2025 ticketing breach",
        tags=["Cyber Security", "Data Protection"],
        fields=["cybersecurity"], kind="regulation", weight="notable",
        headline=Amt("GBP", 14_200_000, "£14.2m"),
        notes="Enforcement of existing law: the fine is the news's own figure; notable, not a rule taking "
              "effect. Dated Monday 01:10 +03:00, which is Sunday 22:10 UTC.",
        atom_markup="strong",
        summary="The ICO says basic controls were missing; the operator will not appeal.",
        why_heading="What it means",
        key_findings=[
            "The Information Commissioner's Office has fined Hallam Rail Group £14.2m after attackers stole the "
            "card and travel data of 3.1 million customers from its ticketing system last year. The regulator "
            "found that multi-factor authentication was not enforced on remote access.",
        ],
        details=[
            "Finding: the intruders used one stolen contractor password.",
            "Response: Hallam Rail says it will not appeal.",
        ],
        outlook=(
            "One of the larger security-related fines in Britain, and a signal that missing basic controls will "
            "be punished."
        ),
        source="https://briefs.lindqvist-research.example/cyber/ico-hallam-rail",
    ),
    Report(
        key="w42-ot-zero-trust-roundtable",
        feed="rss", post_id=47149, slug="zero-trust-ot-roundtable-notes",
        published="2026-10-17T14:00:00+00:00",
        author="Aiko Brandvold",
        title="Zero trust for factory networks: notes from our roundtable",
        tags=["Zero Trust", "Events"],
        fields=["cybersecurity"], kind="webinar-event", weight="minor",
        wp_category="Events",
        cue_traps=["record attendance (trivial)"],
        markup="plain", box="p", comments="p",
        key_findings=[
            "Thursday's roundtable on zero-trust architecture for operational technology drew record attendance "
            "for the series, with about 350 engineers online. Speakers agreed that segmenting old control "
            "systems is harder than buying new tools. No products or standards were announced.",
        ],
        details=[
            "Segmentation: most plants still run flat networks that mix office and control traffic.",
            "Identity: few programmable controllers support modern authentication.",
            "Next step: the series returns in January with a session on remote maintenance access.",
        ],
        background=(
            "Zero trust means checking every connection rather than trusting anything inside a perimeter. It "
            "is widely used in office IT but rare on factory floors. Attacks on manufacturers have pushed the "
            "topic up boards' agendas."
        ),
        outlook=(
            "A useful discussion rather than news. The recording is on our events page. The January session "
            "will cover remote access."
        ),
        source="https://troy-technical.example/events/ot-zero-trust",
    ),
]

FIELDS = {
    "quantum": FieldWeek(
        verdict="worth-a-skim",
        reason="Worth a skim: Tallgrass Photonics lifted fusion-gate fidelity to 99.1%, still short of the "
               "99.7% its fault-tolerant design needs.",
        top1="w42-tallgrass-fusion-gate",
        top3=["w42-tallgrass-fusion-gate"], top3_order="first-only",
        must_not_lead=["w42-quantum-networking-forecast"],
        notes="The $4.7 billion in the forecast's title is a 2032 projection; Tallgrass's €1.1bn is a 2025 round.",
    ),
    "ai": FieldWeek(
        verdict="must-read",
        reason="Must read: Sable Reasoning closed a $3.4B Series D at a $41 billion valuation, much of it "
               "earmarked for compute.",
        top1="w42-sable-round",
        top3=["w42-sable-round"], top3_order="first-only",
        must_not_lead=["w42-opinion-compute-financing", "w42-agent-spend-forecast", "w42-pellam-chief-scientist"],
        reason_amount=Amt("USD", 3_400_000_000, "$3.4B"),
        notes="Seven reports and one major; the syndicated partner copy is the same report.",
    ),
    "hpc": FieldWeek(
        verdict="skip",
        reason="Skip: a scheduler patch, a data-centre power column, an office opening and a webinar recap; "
               "no new systems, deals or results.",
        must_not_lead=[],
        notes="Big figures ($1.1 trillion of campuses, Ardent's $12 billion valuation and US$ 2.3 billion "
              "raise) are all incidental.",
    ),
    "semiconductors": FieldWeek(
        verdict="must-read",
        reason="Must read: Tokai Lithographics agreed to be taken private by Marrowind Holdings for ¥2.6 "
               "trillion, the largest buyout of a Japanese chip-tool maker.",
        top1="w42-marrowind-tokai",
        top3=["w42-marrowind-tokai", "w42-quellmont-fab-delay"], top3_order="strict",
        must_not_lead=["w42-packaging-forecast"],
        reason_amount=Amt("JPY", 2_600_000_000_000, "¥2.6 trillion"),
    ),
    "biotech": FieldWeek(
        verdict="worth-a-skim",
        reason="Worth a skim: Calderic Bio is buying Phenlow's bispecific antibody platform for up to $620 "
               "million, mostly in milestones.",
        top1="w42-calderic-phenlow",
        top3=["w42-calderic-phenlow"], top3_order="first-only",
        reason_amount=Amt("USD", 620_000_000, "$620 million"),
    ),
    "energy": FieldWeek(
        verdict="must-read",
        reason="Must read: new batteries of 50 MW or more on the Nordic grid must now run in grid-forming "
               "mode, Europe's first binding rule of its kind.",
        top1="w42-nordic-grid-forming-rule",
        top3=["w42-nordic-grid-forming-rule"], top3_order="strict",
        notes="A single report, and it is major. The €340 million is a compliance-cost estimate, not the news.",
    ),
    "space": FieldWeek(
        verdict="skip",
        reason="Skip: Fennick's Skylark first flight slips to 2027, plus a data-sales forecast and an office "
               "opening.",
        must_not_lead=["w42-eo-data-forecast"],
    ),
    "cybersecurity": FieldWeek(
        verdict="worth-a-skim",
        reason="Worth a skim: attackers are exploiting an unpatched Trellis MDM flaw (CVE-2026-41877); the UK "
               "fined Hallam Rail £14.2m over a 2025 breach.",
        top3=["w42-trellis-mdm-exploited", "w42-ico-fines-hallam-rail"], top3_order="set",
        must_not_lead=["w42-ot-zero-trust-roundtable"],
        notes="Two notable stories and no clear lead: an actively exploited flaw and a fine (enforcement of "
              "existing law, kind regulation but notable, not a rule taking effect). The $4 million is a "
              "ransom demand.",
    ),
}
