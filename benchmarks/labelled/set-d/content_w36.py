"""2026-W36 (Mon 31 Aug - Sun 6 Sep 2026): reports, and the editor's judgement per field.

House style: a British analyst desk ("The Ledger"-like): question and "Subject: what happened"
headlines, "we think"/"our view" outlooks, per cent, amounts sometimes in words.
All organisations, products and people are invented; public bodies (CMA, ICO, NCSC, ESA, Ofgem,
the European Commission) are real names used in invented stories. Every figure is invented.
"""

from model import Amt, FieldWeek, Report

WEEK = "2026-W36"

NOTES = (
    "Site feed dates carry BST (+01:00); the first item is 01:10 BST on Monday 31 Aug, i.e. 00:10 UTC. "
    "AI's lead is a round written in words (two billion euros); semiconductors' lead is a £6.4bn deal "
    "with a dollar conversion and a break fee beside it. The Kestrel talks are a rumour (notable, not "
    "major). Quantum and energy are quiet (skip). The AI drug-discovery webinar is cross-listed under AI "
    "and biotech. One syndicated copy (the Ardent round) sits in the partner feed."
)

ARDENT_LINK = "https://troy-technical.example/2026/08/31/ardent-two-billion-euros-round/"

REPORTS = [
    # ------------------------------------------------------------------ AI: major round, amount in words
    Report(
        key="w36-ardent-round",
        feed="rss", post_id=51301, slug="ardent-two-billion-euros-round",
        published="2026-08-31T08:05:00+01:00",
        author="Harriet Pemberton",
        title="Two billion euros for Ardent: is Europe's frontier lab finally funded?",
        tags=["Artificial Intelligence", "Funding", "Europe"],
        fields=["ai"], kind="funding-round", weight="major",
        headline=Amt("EUR", 2_000_000_000, "two billion euros"),
        incidental=[
            Amt("USD", 2_300_000_000, "$2.3bn", "conversion"),
            Amt("EUR", 14_000_000_000, "€14bn", "valuation"),
            Amt("EUR", 450_000_000, "€450m", "past-funding"),
        ],
        cue_traps=["the headline amount is written in words; the only digits nearby are a conversion and a valuation"],
        notes="A multi-billion round for a frontier lab: major. The €14bn valuation and the €450m 2025 round "
              "are not the news; $2.3bn is the same round in dollars.",
        markup="h2", box="div", comments="h2",
        kf_heading="In brief",
        key_findings=[
            "Ardent, the Paris-based developer of the Ombre family of language models, has raised two billion "
            "euros (about $2.3bn) in a round led by a group of European pension funds and a Gulf sovereign "
            "investor. The round values the company at €14bn after the money. It is the largest private "
            "financing of a European AI lab to date, and Ardent says most of it will be spent on compute over "
            "the next two years.",
        ],
        details_heading="The detail",
        details=[
            "Investors: four Nordic and Dutch pension funds lead; existing backers, including two French "
            "industrial groups, take part pro rata.",
            "Use of funds: a long-term lease on a 180 MW data-centre campus in northern France and reserved "
            "accelerator capacity from two cloud providers.",
            "Governance: the founders keep a majority of voting rights through a dual-class structure.",
            "Hiring: headcount to rise from 410 to roughly 700 by the end of 2027.",
        ],
        background=(
            "Ardent was founded in 2023 by former researchers at two American labs and released its first "
            "open-weights model a year later. It raised €450m in 2025, a round that looked large for Europe "
            "at the time and small beside its American rivals. Its Ombre-2 model is used by several European "
            "banks and ministries that want a supplier under EU jurisdiction. The company has said repeatedly "
            "that compute, not talent, was what held it back."
        ),
        outlook=(
            "We think this round changes what a European lab can attempt: it is enough to train at least one "
            "frontier-scale model without relying on a single American cloud. Our view is that the pension-fund "
            "money matters as much as the sum, because it is patient capital that does not need an exit in "
            "three years. The risk is execution: Ardent has never run a training job of the size it now "
            "promises. Rivals in London and Munich will be asked by their own investors why they cannot raise "
            "on similar terms."
        ),
        source="https://www.continentaltech.example/2026/08/31/ardent-raises-two-billion",
    ),
    # ------------------------------------------------------------------ AI: syndicated copy of the round
    Report(
        key="w36-ardent-round-partner-copy",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0901",
        link=ARDENT_LINK + "?utm_source=lindqvist&utm_medium=partner&utm_campaign=weekly-briefs&utm_content=ai",
        published="2026-08-31T15:20:00+02:00",
        author="Lindqvist Briefing Desk",
        title="Two billion euros for Ardent: is Europe's frontier lab finally funded?",
        tags=["Artificial Intelligence", "Funding"],
        fields=["ai"], kind="funding-round", weight="major",
        headline=Amt("EUR", 2_000_000_000, "two billion euros"),
        incidental=[Amt("EUR", 14_000_000_000, "€14bn", "valuation")],
        syndicates="w36-ardent-round",
        notes="Syndicated copy of the site report (utm_* link, shorter body). One report, not two.",
        key_findings=[
            "Ardent, the Paris-based developer of the Ombre models, has raised two billion euros in a round "
            "led by European pension funds, at a €14bn valuation. Most of the money will go on compute.",
        ],
        outlook="We think the round lets a European lab train at frontier scale without depending on one American cloud.",
        source="https://www.continentaltech.example/2026/08/31/ardent-raises-two-billion",
    ),
    # ------------------------------------------------------------------ AI: rumour, notable
    Report(
        key="w36-kestrel-fennmoor-talks",
        feed="rss", post_id=51302, slug="kestrel-in-talks-to-buy-fennmoor-labs",
        published="2026-09-01T10:40:00+01:00",
        author="Callum Reid",
        title="Kestrel reportedly in talks to buy Fennmoor Labs for about $4bn",
        tags=["AI", "M&A", "Agents"],
        fields=["ai"], kind="deal", weight="notable",
        headline=Amt("USD", 4_000_000_000, "$4bn"),
        incidental=[
            Amt("USD", 2_600_000_000, "$2.6bn", "valuation"),
            Amt("USD", 310_000_000, "$310m", "past-funding"),
        ],
        cue_traps=["deal verbs on a rumour: 'in talks to buy', 'could be announced', neither company confirms"],
        notes="Unconfirmed talks reported by the press: a multi-billion figure, but no agreement, so notable "
              "rather than major. An editor could put it on a par with the Quillon layoffs.",
        markup="h3", box="p", comments="h3",
        kf_heading="What happened",
        key_findings=[
            "Kestrel Systems, the enterprise-software group, is in advanced talks to buy Fennmoor Labs, a "
            "London start-up that builds AI agents for insurance claims, for about $4bn, according to two "
            "people familiar with the matter quoted by a financial newspaper. A deal could be announced "
            "within weeks, they said, although talks could still collapse. Neither company would comment.",
        ],
        details_heading="What we know",
        details=[
            "Price: about $4bn in cash and shares, according to the report; no terms have been confirmed.",
            "Target: Fennmoor has around 260 staff and counts six of the ten largest European insurers as "
            "customers.",
            "Advisers: both sides are said to have hired banks, which usually means talks are past the "
            "exploratory stage.",
        ],
        background=(
            "Fennmoor was valued at $2.6bn when it last raised money in February, having taken $310m from "
            "investors since 2022. Kestrel has been slow to add generative AI to its claims-handling "
            "software and has lost two large contracts this year to younger rivals. Its chief executive told "
            "analysts in July that the company would buy rather than build where that was faster. Large "
            "software groups have paid high prices for agent start-ups this year."
        ),
        outlook=(
            "Until either company confirms, this is a report of talks, not a deal, and we would not treat the "
            "$4bn as settled. If it goes ahead, it would be one of the largest acquisitions of an AI "
            "application company outside America. Our view is that the price looks full for a company with "
            "modest revenues. Watch for a formal statement under the UK takeover rules if Fennmoor's backers "
            "are asked to commit."
        ),
        source="https://www.squaremile-tech.example/2026/09/01/kestrel-fennmoor-talks",
    ),
    # ------------------------------------------------------------------ AI: layoffs, notable
    Report(
        key="w36-quillon-layoffs",
        feed="rss", post_id=51303, slug="quillon-cuts-600-jobs-consumer-chatbots",
        published="2026-09-02T07:30:00+01:00",
        author="Harriet Pemberton",
        title="Quillon cuts 600 jobs, some 40 per cent of staff, as it quits consumer chatbots",
        tags=["Generative AI", "Layoffs"],
        fields=["ai"], kind="other", weight="notable",
        incidental=[
            Amt("USD", 120_000_000, "$120m", "cost-estimate"),
            Amt("USD", 1_100_000_000, "$1.1bn", "past-funding"),
        ],
        notes="Layoffs and a strategic retreat at a well-funded lab: real news of moderate consequence. The "
              "$120m is a restructuring charge and the $1.1bn is what it raised in 2024-25; neither is the news.",
        markup="strong", box="div", comments="p",
        kf_heading="The short version",
        kf_bullets=True, kf_numbered=True,
        key_findings=[
            "Quillon is cutting about 600 jobs, some 40 per cent of its workforce, and will close its consumer "
            "chatbot app on 30 September.",
            "The company will concentrate on selling its models to banks and law firms through cloud "
            "marketplaces.",
            "It expects a restructuring charge of about $120m, mostly severance and the cost of cancelling "
            "office leases.",
            "Its chief product officer and two other executives are leaving.",
        ],
        details_heading="The numbers",
        details=[
            "Headcount: from roughly 1,500 to about 900; most cuts fall on consumer product, marketing and "
            "support teams in San Francisco and Dublin.",
            "App: about 3 million monthly users, against 40 million for the market leader.",
            "Runway: the company says it has cash to operate into 2029 after the cuts.",
        ],
        background=(
            "Quillon raised $1.1bn across 2024 and 2025 on the promise of a consumer assistant that would "
            "rival the big labs' apps. Usage never took off, and the cost of serving free users grew faster "
            "than subscriptions. The business side, which sells fine-tuned models to regulated industries, "
            "has been profitable at the gross-margin level since last year. Several consumer AI start-ups have "
            "retreated the same way this summer."
        ),
        outlook=(
            "We think this is the clearest sign yet that the consumer chatbot market has room for only a few "
            "large players. Quillon's pivot is sensible, but enterprise buyers will ask whether a company that "
            "has just cut 40 per cent of its staff can support them for a decade. Our view is that it becomes "
            "an acquisition target within a year. Other second-tier labs with consumer apps face the same "
            "arithmetic."
        ),
        source="https://www.stackandsterling.example/2026/09/02/quillon-layoffs",
    ),
    # ------------------------------------------------------------------ AI + biotech (partner): webinar
    Report(
        key="w36-ai-drug-discovery-webinar",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0902",
        link="https://briefs.lindqvist-research.example/2026/09/webinar-ai-drug-discovery-validation",
        published="2026-09-02T11:00:00+02:00",
        author="Ingrid Solberg",
        title="Webinar, 24 September: validating AI-designed molecules - what regulators expect",
        tags=["AI", "Drug discovery", "Webinars"],
        fields=["ai", "biotech"], kind="webinar-event", weight="minor",
        cue_traps=["'what regulators expect' in a webinar notice, not a regulation",
                   "'first' in 'the first AI-designed candidates' (background, not news)"],
        notes="Cross-listed under AI and biotech; an event notice, minor in both.",
        atom_markup="strong", why_heading="Why attend",
        summary="A one-hour panel on how AI-designed drug candidates are validated before clinical trials.",
        key_findings=[
            "The Lindqvist network will host a one-hour webinar on 24 September on how companies validate "
            "molecules designed by generative models before they enter trials, and what regulators expect to "
            "see in a submission.",
        ],
        details=[
            "Speakers: a medicinal chemist from a contract research organisation, a former assessor at a "
            "European medicines agency, and a machine-learning lead from a mid-sized biotech.",
            "Format: 40 minutes of panel discussion, 20 minutes of questions; free registration.",
        ],
        background=(
            "The first AI-designed candidates reached phase 2 trials in 2025, and agencies have since "
            "published reflection papers rather than binding guidance."
        ),
        outlook="Useful background for teams preparing their first submission; no new policy will be announced.",
        source="https://briefs.lindqvist-research.example/events/2026-09-24-ai-molecules",
    ),
    # ------------------------------------------------------------------ quantum: opinion
    Report(
        key="w36-qubit-race-opinion",
        feed="rss", post_id=51304, slug="is-this-the-end-of-the-qubit-count-race",
        published="2026-09-01T16:15:00+01:00",
        author="Rupert Ashdown",
        title="Is this the end of the qubit-count race?",
        tags=["Quantum computing", "Opinion"],
        wp_category="Opinion",
        fields=["quantum"], kind="opinion", weight="minor",
        incidental=[Amt("USD", 42_000_000_000, "$42bn", "sector-total")],
        cue_traps=["'breakthrough' negated ('none of this is a breakthrough')", "'track record' (idiom)",
                   "'first' as an ordinal in an argument"],
        notes="An opinion column. $42bn is worldwide public quantum funding, quoted for context.",
        markup="plain", box="p", comments="p",
        kf_heading="In brief",
        key_findings=[
            "Three of the largest quantum-hardware companies have stopped putting physical qubit counts in "
            "their roadmaps this year. They now quote logical qubits, error rates and run times instead. Our "
            "columnist argues this is overdue, and that investors should ask for the same numbers.",
        ],
        details_heading="The argument",
        details=[
            "Counts mislead: a chip with 1,000 noisy qubits can do less useful work than one with 100 good ones.",
            "Better metrics exist: logical error per cycle, two-qubit gate fidelity and how long a logical "
            "qubit survives.",
            "Investors lag: pitch decks still lead with qubit counts, our columnist says.",
        ],
        background=(
            "For most of the past decade, quantum roadmaps were drawn as rising lines of physical qubits. "
            "Governments have committed some $42bn of public money to quantum technology worldwide, much of "
            "it justified by those charts. The companies with the best track record on error correction have "
            "been the first to drop the habit. None of this is a breakthrough in itself; it is a change in "
            "what gets measured."
        ),
        outlook=(
            "We think the shift is healthy, and that it will make the next two years of announcements easier "
            "to judge. First, readers should discount any roadmap that still leads with a qubit total. Second, "
            "error-corrected results should come with the raw data. Our view is that the race has not ended, "
            "it has simply changed its finishing line."
        ),
        source="https://troy-technical.example/opinion/qubit-count-race",
    ),
    # ------------------------------------------------------------------ quantum (partner): forecast
    Report(
        key="w36-quantum-software-forecast",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0903",
        link="https://briefs.lindqvist-research.example/2026/09/quantum-software-spending-forecast",
        published="2026-09-03T09:45:00+03:00",
        author="Mats Ekholm",
        title="Quantum software spending could reach $4.1bn by 2032, survey finds",
        tags=["Quantum", "Market forecasts"],
        fields=["quantum"], kind="forecast", weight="minor",
        incidental=[
            Amt("USD", 4_100_000_000, "$4.1bn", "forecast"),
            Amt("USD", 610_000_000, "$610m", "sector-total"),
        ],
        cue_traps=["'a record year' for pilots (survey language)"],
        notes="A forecast with its figure in the title; minor.",
        atom_markup="h4",
        key_findings=[
            "A survey of 240 companies by an industry analyst suggests spending on quantum software and "
            "services could reach $4.1bn by 2032, up from an estimated $610m this year. Respondents called "
            "2026 a record year for pilot projects, but few expect production use before 2030.",
        ],
        outlook="A projection built on stated intentions; treat the 2032 figure as a mood reading, not a market.",
        source="https://www.qubitdigest.example/2026/09/03/software-spend-survey",
    ),
    # ------------------------------------------------------------------ HPC: outage, notable
    Report(
        key="w36-northgrid-outage",
        feed="rss", post_id=51305, slug="northgrid-frankfurt-cloud-outage-14-hours",
        published="2026-09-01T13:05:00+01:00",
        author="Gareth Llewellyn",
        title="Outage: what took Northgrid's Frankfurt cloud region down for 14 hours?",
        tags=["Data centers", "Cloud", "Outages"],
        fields=["hpc"], kind="other", weight="notable",
        incidental=[Amt("EUR", 35_000_000, "€35m", "cost-estimate")],
        notes="A 14-hour outage of a major cloud region: notable. The €35m is an analyst's estimate of service "
              "credits. Filed under HPC through 'Data centers'; no security tag, because it was not an attack.",
        markup="h2", box="div", comments="h3",
        kf_heading="What happened",
        key_findings=[
            "Northgrid Compute's Frankfurt region, one of the busiest cloud regions in Europe, was largely "
            "unavailable for about 14 hours on Monday. The company blamed a failure in the cooling system of "
            "one of its three data halls, which forced it to shut down racks to protect hardware. Banks, "
            "retailers and two national rail operators reported disruption. Northgrid says there is no "
            "evidence of an attack.",
        ],
        details_heading="Technical Details",
        details_style="table",
        details=[
            "Start: 04:20 CEST on Monday 31 August; most services back by 18:30.",
            "Scope: compute, managed databases and object storage in two of three availability zones.",
            "Cause: a cooling-control fault in one hall; failover capacity in the other halls was insufficient.",
            "Customers: about 1,900 organisations filed support tickets, the company said.",
        ],
        background=(
            "Northgrid is the third-largest cloud provider in Germany and hosts workloads for many regulated "
            "firms that must keep data in the EU. Its Frankfurt region was designed so that losing one "
            "availability zone would not disrupt customers, which is why the scale of Monday's outage "
            "surprised engineers. One analyst estimated that service credits could cost the company €35m. "
            "Under the EU's DORA rules, banks must report significant ICT incidents involving their "
            "suppliers."
        ),
        outlook=(
            "We think the important question is not the cooling fault but why two other zones could not absorb "
            "the load. Northgrid has promised a full post-incident report within ten days. Our view is that "
            "financial supervisors will ask banks hard questions about concentration on a single region. "
            "Customers will watch whether the report names a design flaw or a one-off."
        ),
        source="https://www.datacentrewatch.example/2026/09/01/northgrid-frankfurt-outage",
    ),
    # ------------------------------------------------------------------ HPC: opinion
    Report(
        key="w36-exascale-opinion",
        feed="rss", post_id=51306, slug="exascale-envy-does-europe-need-a-third-machine",
        published="2026-09-03T17:50:00+01:00",
        author="Rupert Ashdown",
        title="Exascale envy: does Europe need a third machine?",
        tags=["Supercomputing", "Opinion", "Europe"],
        wp_category="Opinion",
        fields=["hpc"], kind="opinion", weight="minor",
        incidental=[
            Amt("EUR", 600_000_000, "€600m", "system-cost"),
            Amt("EUR", 7_000_000_000, "€7bn", "budget"),
        ],
        cue_traps=["'record' in 'a matter of record'"],
        notes="Opinion. €600m is the cost of an existing machine and €7bn a multi-year public budget.",
        markup="h3", box="p", comments="h2",
        key_findings=[
            "Europe's two exascale supercomputers are oversubscribed, and several governments are lobbying "
            "for a third. Our columnist argues that the money would be better spent on smaller AI-oriented "
            "systems spread across more countries. The debate will come to a head when the next EuroHPC work "
            "programme is drafted this winter.",
        ],
        details_heading="The case, in three points",
        details=[
            "Demand: both machines turn away more than half of the compute time requested.",
            "Cost: a third machine would cost at least as much as the €600m spent on the second.",
            "Alternatives: a network of mid-sized systems could serve more universities and start-ups.",
        ],
        background=(
            "The European Commission and member states have budgeted about €7bn for shared supercomputing "
            "over the current programme period. It is a matter of record that the first exascale machine "
            "arrived late and over budget. The second, which cost roughly €600m, entered service this "
            "spring. Demand from AI users has grown faster than anyone planned."
        ),
        outlook=(
            "We think the case for a third flagship is weaker than its backers say. Our view is that "
            "Europe's bottleneck is access and software support, not peak performance. A decision is not "
            "expected before next year, and nothing has been funded."
        ),
        source="https://troy-technical.example/opinion/exascale-envy",
    ),
    # ------------------------------------------------------------------ HPC (partner): point release
    Report(
        key="w36-tidewater-point-release",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0904",
        link="https://briefs.lindqvist-research.example/2026/09/tidewater-4-2-1",
        published="2026-09-04T16:00:00Z",
        author="Mats Ekholm",
        title="Tidewater scheduler 4.2.1 fixes GPU accounting bug",
        tags=["HPC", "Open source"],
        fields=["hpc"], kind="patch-release", weight="minor",
        atom_markup="plain",
        key_findings=[
            "The open-source Tidewater job scheduler has shipped version 4.2.1, which fixes a bug that "
            "over-counted GPU hours for jobs using partitioned accelerators. Sites that bill users by GPU "
            "hour are advised to upgrade and recompute August usage.",
        ],
        outlook="A point release; worth applying, not worth reading about.",
        source="https://tidewater-sched.example/releases/4.2.1",
    ),
    # ------------------------------------------------------------------ semiconductors: major deal
    Report(
        key="w36-brantwood-kessington",
        feed="rss", post_id=51307, slug="fab-deal-brantwood-to-buy-kessington-foundry",
        published="2026-08-31T01:10:00+01:00",
        author="Sunita Varma",
        title="Fab deal: Brantwood agrees to buy Kessington Foundry for £6.4bn",
        tags=["Semiconductors", "Foundry", "M&A"],
        fields=["semiconductors"], kind="deal", weight="major",
        headline=Amt("GBP", 6_400_000_000, "£6.4bn"),
        incidental=[
            Amt("USD", 8_100_000_000, "$8.1bn", "conversion"),
            Amt("GBP", 250_000_000, "£250m", "deal-component"),
            Amt("GBP", 1_900_000_000, "£1.9bn", "revenue"),
        ],
        cue_traps=["'subject to approval' by shareholders and the CMA (pending)"],
        notes="A multi-billion chip deal: major. $8.1bn is the same price in dollars; £250m is the break fee; "
              "£1.9bn is Kessington's annual revenue. Published 01:10 BST on Monday, which is 00:10 UTC "
              "Monday: inside the week by ten minutes.",
        markup="h2", box="div", comments="h2",
        kf_heading="What happened",
        key_findings=[
            "Brantwood Microsystems has agreed to buy Kessington Foundry, Britain's largest contract chip "
            "manufacturer, for £6.4bn ($8.1bn) in cash. Kessington's board has recommended the offer, a "
            "premium of 38 per cent to its undisturbed share price. The deal is subject to approval by "
            "Kessington's shareholders and by the Competition and Markets Authority.",
        ],
        details_heading="The terms",
        details=[
            "Price: 1,240p a share, all cash, funded by a bridge loan and a planned bond issue.",
            "Break fee: Brantwood would pay £250m if the deal fails on regulatory grounds.",
            ("Approvals:", [
                "CMA merger review, expected to start in October.",
                "A national-security review under the National Security and Investment Act.",
            ]),
            "Timing: completion expected in the second half of 2027.",
        ],
        background=(
            "Kessington runs two fabs in Newport and Glasgow that make power, analogue and silicon-photonics "
            "chips for car makers and telecoms companies. It had revenue of £1.9bn last year and has "
            "struggled to fund a new 300 mm line on its own. Brantwood, a US-listed designer of "
            "optical-networking chips, has been one of its largest customers for a decade. The government "
            "has called compound and specialty chips a strategic priority."
        ),
        outlook=(
            "We think this is the most important UK semiconductor deal in a decade, and the one most likely "
            "to test the government's national-security powers. Our view is that approval is likely, but "
            "with conditions on supply to British defence customers. For Brantwood, owning its main foundry "
            "secures capacity for photonics at a time when AI data centres are short of it. Rival specialty "
            "foundries in Europe will now look undervalued to buyers."
        ),
        source="https://www.foundryweek.example/2026/08/31/brantwood-kessington",
    ),
    # ------------------------------------------------------------------ semiconductors: results, notable
    Report(
        key="w36-halvard-results",
        feed="rss", post_id=51308, slug="halvard-misses-on-revenue-cuts-outlook",
        published="2026-09-03T22:15:00+01:00",
        author="Sunita Varma",
        title="Is the AI chip boom cooling? Halvard misses on revenue and cuts its outlook",
        tags=["Chips", "Earnings"],
        fields=["semiconductors"], kind="other", weight="notable",
        headline=Amt("USD", 9_200_000_000, "$9.2bn"),
        incidental=[
            Amt("USD", 9_600_000_000, "$9.6bn", "comparison"),
            Amt("USD", 8_600_000_000, "$8.6bn", "forecast"),
            Amt("USD", 9_000_000_000, "$9bn", "forecast"),
            Amt("USD", 31_000_000_000, "$31bn", "market-value-change"),
        ],
        cue_traps=["'first half' and 'second quarter' as dates"],
        notes="Quarterly results with a guidance cut from a large AI-chip supplier: notable. The news's figure is "
              "the quarter's revenue ($9.2bn); $9.6bn is the analysts' consensus, $8.6bn-$9bn next quarter's "
              "guidance, $31bn the fall in market value.",
        markup="h3", box="div", comments="h3",
        kf_heading="Key Findings",
        key_findings=[
            "Halvard Semiconductor, the second-largest supplier of AI accelerators, reported revenue of $9.2bn "
            "for its second quarter, below the $9.6bn analysts had expected. It guided to $8.6bn–$9bn for the "
            "current quarter, citing delays in two customers' data-centre builds. The shares fell 14 per cent "
            "in after-hours trading, wiping some $31bn off its market value.",
        ],
        details_heading="The numbers",
        details=[
            "Growth: revenue up 22 per cent on a year earlier, against 61 per cent in the first half of last year.",
            "Margins: gross margin slipped two points, to 58 per cent, as older parts were discounted.",
            "Mix: data-centre products were 81 per cent of sales; the rest came from gaming and automotive.",
        ],
        background=(
            "Halvard has been the main alternative to the market leader for buyers of AI accelerators, and "
            "its shares had tripled since early 2025. Investors have been looking for signs that hyperscalers "
            "are slowing their spending after two years of rapid growth. Two of Halvard's largest customers "
            "said in July that new campuses would open later than planned because of grid-connection delays. "
            "The company has never before cut its guidance in the middle of a product cycle."
        ),
        outlook=(
            "We do not think one quarter proves the boom is over: the cause is timing, and demand for the "
            "next generation is still ahead of supply. Our view is that the market had priced Halvard for "
            "perfection, and the reaction says more about expectations than about the business. The next "
            "test comes when the big cloud providers report in late October. Suppliers of memory and "
            "packaging will feel any slowdown first."
        ),
        source="https://www.chipwire.example/2026/09/03/halvard-q2-results",
    ),
    # ------------------------------------------------------------------ semiconductors (partner): small round
    Report(
        key="w36-pellow-round",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0905",
        link="https://briefs.lindqvist-research.example/2026/09/pellow-raises-22m",
        published="2026-09-02T14:30:00-05:00",
        author="Ingrid Solberg",
        title="Chip-design start-up Pellow raises $22m for analogue layout tools",
        tags=["Chip design", "Semiconductors", "Funding"],
        fields=["semiconductors"], kind="funding-round", weight="minor",
        headline=Amt("USD", 22_000_000, "$22m"),
        atom_markup="h4",
        key_findings=[
            "Pellow, a Bristol start-up that automates the layout of analogue chip blocks, has raised $22m in "
            "a Series A round. It says layouts that take engineers weeks can be drafted in hours.",
        ],
        outlook="A small round in a crowded corner of electronic design automation.",
        source="https://www.eda-news.example/2026/09/02/pellow-series-a",
    ),
    # ------------------------------------------------------------------ biotech: trial halted, notable
    Report(
        key="w36-morrow-trial-pause",
        feed="rss", post_id=51309, slug="morrow-pauses-phase-3-gene-therapy-trial",
        published="2026-09-02T12:20:00+01:00",
        author="Niamh O'Driscoll",
        title="Trial halted: Morrow pauses its phase 3 gene-therapy study after a patient death",
        tags=["Gene therapy", "Clinical trials"],
        fields=["biotech"], kind="other", weight="notable",
        incidental=[Amt("USD", 240_000_000, "$240m", "past-funding")],
        cue_traps=["'approval' in 'had planned to file for approval' (a plan, now in doubt)",
                   "'on the record' (idiom)"],
        notes="A pivotal trial paused after a death: notable. No money is news; $240m is the 2024 IPO.",
        markup="h2", box="p", comments="h2",
        kf_heading="What happened",
        key_findings=[
            "Morrow Therapeutics has paused dosing in the phase 3 trial of its gene therapy for limb-girdle "
            "muscular dystrophy after a patient died of liver failure. The company says the death may be "
            "related to the treatment. It has informed regulators in America and Europe and asked an "
            "independent board to review the safety data.",
        ],
        details_heading="Clinical Details",
        details=[
            "Trial: 96 patients planned, 58 dosed so far, at 21 sites in seven countries.",
            "Therapy: an AAV vector delivered in a single high-dose infusion.",
            "Event: acute liver injury three weeks after dosing, in a patient aged 19.",
            "Next step: the safety board is expected to report within six weeks.",
        ],
        background=(
            "High-dose AAV therapies have been linked to liver injuries and several deaths over the past five "
            "years. Morrow raised $240m in its 2024 stock-market listing, largely on the strength of its "
            "phase 2 results. It had planned to file for approval in 2027. The company's chief medical "
            "officer said on the record that the programme's earlier patients had shown no similar signals."
        ),
        outlook=(
            "We think the pause will last months rather than weeks, and that the filing timetable is now "
            "unrealistic. Our view is that the case adds to pressure on the whole class to move to lower doses "
            "or different vectors. Investors will look to the safety board's report. Rival developers using "
            "similar vectors are likely to face questions from regulators too."
        ),
        source="https://www.biopharmaledger.example/2026/09/02/morrow-trial-pause",
    ),
    # ------------------------------------------------------------------ energy: opinion
    Report(
        key="w36-solar-prices-opinion",
        feed="rss", post_id=51310, slug="is-this-the-end-of-cheap-solar-panels",
        published="2026-09-01T07:10:00+01:00",
        author="Rupert Ashdown",
        title="Is this the end of cheap solar panels?",
        tags=["Solar", "Opinion", "Trade"],
        wp_category="Opinion",
        fields=["energy"], kind="opinion", weight="minor",
        incidental=[Amt("USD", 380_000_000_000, "$380bn", "sector-total")],
        cue_traps=["'a record 600 GW' of installations last year (a statistic)"],
        notes="Opinion column; the $380bn is last year's worldwide solar investment.",
        markup="strong", box="div", comments="h2",
        kf_heading="In brief",
        key_findings=[
            "Module prices have risen for the first time in three years as manufacturers cut capacity and "
            "tariffs bite. Our columnist asks whether the era of ever-cheaper panels is over. He concludes "
            "that it is paused, not finished.",
        ],
        details_heading="The argument",
        details=[
            "Prices: spot prices for standard modules are up about 15 per cent since March.",
            "Supply: several large makers have idled lines after two years of losses.",
            "Policy: new import duties in America and proposed ones in Europe raise costs for developers.",
        ],
        background=(
            "Developers installed a record 600 GW of solar worldwide last year, and some $380bn was invested "
            "in the sector. Panel prices fell by more than half between 2023 and 2025 as capacity outran "
            "demand. That glut has now started to unwind. Cheap modules have been the foundation of most "
            "countries' decarbonisation plans."
        ),
        outlook=(
            "We think prices will stay firm for a year or two and then resume their fall as new, more "
            "efficient lines come on stream. Our view is that developers should not delay projects in the hope "
            "of cheaper panels. The bigger risk is policy, not technology."
        ),
        source="https://troy-technical.example/opinion/cheap-solar",
    ),
    # ------------------------------------------------------------------ energy (partner): weighs sale
    Report(
        key="w36-tarnbrook-weighs-sale",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0906",
        link="https://briefs.lindqvist-research.example/2026/09/tarnbrook-weighs-sale",
        published="2026-09-03T18:10:00+02:00",
        author="Mats Ekholm",
        title="Tarnbrook Storage weighs sale that could fetch $300m–$400m",
        tags=["Batteries", "M&A"],
        fields=["energy"], kind="other", weight="minor",
        incidental=[
            Amt("USD", 300_000_000, "$300m", "valuation"),
            Amt("USD", 400_000_000, "$400m", "valuation"),
        ],
        cue_traps=["'weighs sale', 'could fetch': no buyer, no talks, no deal"],
        notes="A company exploring a sale, with bankers' price range: no deal and no counterparty, so minor "
              "and no headline amount.",
        atom_markup="h4",
        key_findings=[
            "Tarnbrook Storage, which owns 1.1 GWh of grid batteries in England and Wales, has hired advisers "
            "to explore a sale, according to people briefed on the plan. Bankers think the business could "
            "fetch $300m–$400m; no buyer has been approached yet.",
        ],
        outlook="Early days: a sale process, not a deal. Worth noting only as a sign that battery assets are changing hands.",
        source="https://www.energycityreport.example/2026/09/03/tarnbrook-sale",
    ),
    # ------------------------------------------------------------------ energy: webinar recap
    Report(
        key="w36-grid-queue-webinar-recap",
        feed="rss", post_id=51311, slug="grid-connections-webinar-recap",
        published="2026-09-04T15:40:00+01:00",
        author="Gareth Llewellyn",
        title="Grid connections webinar: queues, reforms and a record turnout",
        tags=["Grid", "Events"],
        wp_category="Events",
        fields=["energy"], kind="webinar-event", weight="minor",
        cue_traps=["'record turnout' (attendance)", "'regulators said' about reforms already in force"],
        notes="Recap of our own webinar; no news.",
        markup="h3", box="p", comments="none",
        kf_heading="",
        kf_bullets=True,
        key_findings=[
            "A record turnout of 1,150 registered for Thursday's webinar on grid-connection queues",
            "Panellists agreed the reformed queue, in force since spring, has removed some speculative projects",
            "Developers said the wait for a connection date is still measured in years",
            "Storage projects appear to have benefited most",
        ],
        details_heading="Who spoke",
        details=[
            "A connections manager from a distribution network operator.",
            "Two developers of solar and storage projects.",
            "A policy adviser who worked on the reform at Ofgem.",
        ],
        background=(
            "Britain's connection queue grew to more than 700 GW of projects before reforms that took effect "
            "this spring. Regulators said at the time that the changes would prioritise projects ready to "
            "build. The webinar was organised in partnership with a trade association. A recording is "
            "available to subscribers."
        ),
        outlook=(
            "Nothing new was announced. The next milestone is the publication of revised connection dates "
            "this winter. We will cover it when it happens."
        ),
        source="https://troy-technical.example/events/grid-connections-webinar",
    ),
    # ------------------------------------------------------------------ space: launch failure, notable
    Report(
        key="w36-skarda-fulmar-failure",
        feed="rss", post_id=51312, slug="skarda-fulmar-rocket-lost-on-second-flight",
        published="2026-09-05T11:25:00+01:00",
        author="Callum Reid",
        title="Launch failure: Skarda's Fulmar rocket lost two minutes into its second flight",
        tags=["Launch vehicles", "Small launchers"],
        fields=["space"], kind="other", weight="notable",
        incidental=[
            Amt("GBP", 90_000_000, "£90m", "past-funding"),
            Amt("GBP", 14_000_000, "£14m", "cost-estimate"),
        ],
        cue_traps=["'launch' and 'maiden flight' in a failure report", "'first' (the maiden flight in March)"],
        notes="A small launcher's second flight failing: notable (not a maiden success, not a major programme). "
              "£90m is past funding and £14m the estimated value of the lost payloads.",
        markup="h2", box="div", comments="h2",
        kf_heading="What happened",
        key_findings=[
            "Skarda Aerospace's Fulmar small launcher was lost about two minutes after lift-off from "
            "SaxaVord in Shetland on Saturday, on only its second flight. The first stage shut down early and "
            "the range safety system ended the flight. All five small satellites on board were lost. Nobody "
            "was hurt.",
        ],
        details_heading="Technical Details",
        details=[
            "Vehicle: two-stage rocket, 21 m tall, able to put 250 kg into sun-synchronous orbit.",
            "Anomaly: pressure in the first-stage oxidiser tank fell sharply at about T+110 seconds.",
            "Payloads: five cubesats from universities and a maritime-tracking start-up, together insured for "
            "about £14m.",
            "Investigation: led by Skarda, overseen by the Civil Aviation Authority.",
        ],
        background=(
            "Fulmar reached orbit on its maiden flight in March, the first orbital launch from British soil by "
            "a British company. Skarda has raised £90m from investors and holds an ESA launch-services "
            "contract for 2027. Small launchers have a poor record on early flights, and several rivals have "
            "failed on their second or third attempt. The company had planned six launches next year."
        ),
        outlook=(
            "We think the failure is a setback rather than a crisis, provided the cause is found quickly. Our "
            "view is that customers will wait for the investigation before committing to next year's "
            "manifest. The ESA contract is not at immediate risk. A return to flight before the spring looks "
            "ambitious."
        ),
        source="https://www.orbitalbrief.example/2026/09/05/fulmar-failure",
    ),
    # ------------------------------------------------------------------ space (partner): hire
    Report(
        key="w36-caskwell-ceo",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0907",
        link="https://briefs.lindqvist-research.example/2026/09/caskwell-new-chief-executive",
        published="2026-09-07T00:50:00+02:00",
        author="Ingrid Solberg",
        title="Debris-removal firm Caskwell hires former ESA director as chief executive",
        tags=["Space", "People"],
        fields=["space"], kind="hiring", weight="minor",
        incidental=[Amt("USD", 700_000_000, "$700m", "valuation")],
        notes="A hire. 00:50 +02:00 on Monday 7 Sep is 22:50 UTC on Sunday 6 Sep: W36, not W37.",
        atom_markup="plain",
        key_findings=[
            "Caskwell Orbital, which is building spacecraft to remove defunct satellites, has appointed "
            "Dr Lena Marwick, until recently a director at ESA, as chief executive. The company was valued at "
            "$700m last year.",
        ],
        outlook="A senior hire that should help with agency customers; no contract came with it.",
        source="https://www.spacepeople.example/2026/09/06/caskwell-ceo",
    ),
    # ------------------------------------------------------------------ cybersecurity: regulation in force, major
    Report(
        key="w36-uk-msp-rules",
        feed="rss", post_id=51313, slug="uk-cyber-rules-managed-service-providers-take-effect",
        published="2026-09-01T09:00:00+01:00",
        author="Niamh O'Driscoll",
        title="Is your IT supplier covered? UK cyber rules for managed service providers take effect",
        tags=["Cybersecurity", "Regulation", "UK"],
        fields=["cybersecurity"], kind="regulation", weight="major",
        incidental=[
            Amt("GBP", 17_000_000, "£17m", "limit"),
            Amt("GBP", 560_000_000, "£560m", "cost-estimate"),
        ],
        cue_traps=["question headline on a regulation that has taken effect"],
        notes="A regulation taking effect: major. £17m is the maximum fine and £560m the government's "
              "ten-year compliance-cost estimate.",
        markup="h2", box="div", comments="h2",
        kf_heading="In brief",
        key_findings=[
            "New UK rules bringing managed IT service providers under the network-and-information-systems "
            "regime took effect on 1 September. Around 1,100 providers must now register with the Information "
            "Commissioner's Office, meet baseline security duties and report significant incidents within 24 "
            "hours. Fines for serious breaches of the duties can reach £17m or 4 per cent of worldwide "
            "turnover.",
        ],
        details_heading="What the rules require",
        details=[
            "Scope: medium and large firms that manage IT systems, networks or security for other organisations.",
            "Duties: risk management aligned to the NCSC's Cyber Assessment Framework, supplier checks and "
            "multi-factor authentication for all administrative access.",
            "Reporting: initial notice within 24 hours of a significant incident, full report within 72 hours.",
            "Transition: registration by 1 December; the first audits from next April.",
        ],
        background=(
            "Several of the most damaging attacks on British organisations in recent years came through IT "
            "suppliers rather than the victims' own systems. The government consulted on extending the rules "
            "in 2024 and passed the legislation last year. Its impact assessment puts the cost of compliance at "
            "about £560m over ten years. The EU's NIS2 directive already covers similar providers."
        ),
        outlook=(
            "We think this is the most significant change to UK cyber regulation since 2018, because it reaches "
            "the suppliers through which attackers most often get in. Customers should ask their providers "
            "whether they are registered. Our view is that smaller providers will struggle with the 24-hour "
            "reporting duty. Expect the ICO's first enforcement cases to target the basics, such as missing "
            "multi-factor authentication."
        ),
        source="https://www.netdefence-review.example/2026/09/01/msp-rules-in-force",
    ),
    # ------------------------------------------------------------------ cybersecurity: breach, notable
    Report(
        key="w36-pinecastle-breach",
        feed="rss", post_id=51314, slug="pinecastle-health-confirms-31-million-records-stolen",
        published="2026-09-03T08:35:00+01:00",
        author="Niamh O'Driscoll",
        title="Data breach: Pinecastle Health confirms 31 million patient records stolen",
        tags=["Cybersecurity", "Data breach", "Healthcare"],
        fields=["cybersecurity"], kind="other", weight="notable",
        incidental=[Amt("USD", 12_000_000, "$12m", "ransom-demand")],
        cue_traps=["'records' as stolen data rows, not a record", "'Healthcare' tag is not biotech"],
        notes="A large breach: notable. $12m is the extortion demand. Filed under cybersecurity only.",
        markup="h3", box="div", comments="h3",
        kf_heading="The short version",
        key_findings=[
            "Pinecastle Health, an American health-insurance administrator, has confirmed that attackers "
            "stole 31 million patient records from a claims database in July. The records include names, "
            "dates of birth, insurance numbers and some diagnosis codes. The attackers demanded $12m not to "
            "publish the data; Pinecastle says it has not paid.",
        ],
        details_heading="What we know",
        details=[
            "Entry: a stolen password for a contractor's remote-access account without multi-factor authentication.",
            "Dwell time: about nine days before detection.",
            "Notification: letters to affected people start next week; regulators were told in August.",
        ],
        background=(
            "Health data is attractive to extortion groups because it cannot be changed like a password. "
            "Pinecastle processes claims for hundreds of employers, which is why the number of records is so "
            "large. Breaches of contractors' remote-access accounts have been behind several of the largest "
            "incidents of the past two years."
        ),
        outlook=(
            "We think the breach will lead to class actions and a federal investigation. Our view is that the "
            "missing multi-factor authentication will be the centre of both. Employers that use Pinecastle "
            "should expect questions from staff."
        ),
        source="https://www.breachdesk.example/2026/09/03/pinecastle-31-million",
    ),
    # ------------------------------------------------------------------ cybersecurity (partner): product release
    Report(
        key="w36-siftwell-v5",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0908",
        link="https://briefs.lindqvist-research.example/2026/09/siftwell-gateway-5",
        published="2026-09-04T10:00:00-08:00",
        author="Mats Ekholm",
        title="Siftwell ships version 5 of its email-security gateway",
        tags=["Security", "Email"],
        fields=["cybersecurity"], kind="product-release", weight="minor",
        cue_traps=["'launch event' for a product release"],
        atom_markup="strong",
        key_findings=[
            "Siftwell has released version 5 of its email-security gateway at a launch event in Austin. The "
            "update adds detection of AI-written phishing and a redesigned quarantine console.",
        ],
        outlook="A routine vendor release.",
        source="https://www.siftwell.example/news/gateway-5",
    ),
    # ------------------------------------------------------------------ unfiled (partner): fintech
    Report(
        key="w36-pennyworth-round",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0909",
        link="https://briefs.lindqvist-research.example/2026/09/pennyworth-raises",
        published="2026-08-31T12:00:00Z",
        author="Lindqvist Briefing Desk",
        title="Neobank Pennyworth raises £45m to expand into Ireland",
        tags=["Fintech", "Payments"],
        fields=[], kind="funding-round", weight="minor",
        headline=Amt("GBP", 45_000_000, "£45m"),
        notes="Unfiled: fintech matches no field.",
        atom_markup="plain",
        key_findings=[
            "Pennyworth, a Leeds-based app bank for freelancers, has raised £45m to open in Ireland next year.",
        ],
        outlook="Outside our fields.",
        source="https://www.fintechdaily.example/2026/08/31/pennyworth",
    ),
    # ------------------------------------------------------------------ unfiled: robotics opinion
    Report(
        key="w36-warehouse-robots-opinion",
        feed="rss", post_id=51315, slug="is-this-the-end-of-the-warehouse-robot-bubble",
        published="2026-09-06T10:00:00+01:00",
        author="Rupert Ashdown",
        title="Is this the end of the warehouse-robot bubble?",
        tags=["Robotics", "Logistics"],
        wp_category="Opinion",
        fields=[], kind="opinion", weight="minor",
        incidental=[Amt("USD", 9_000_000_000, "$9bn", "sector-total")],
        notes="Unfiled: robotics and logistics match no field.",
        markup="plain", box="p", comments="p",
        kf_heading="In brief",
        key_findings=[
            "Two warehouse-robot start-ups have closed this summer and a third has sold itself cheaply. Our "
            "columnist argues that the sector over-promised on general-purpose robots. He thinks specialised "
            "machines will survive.",
        ],
        details_heading="The argument",
        details=[
            "Closures: both start-ups ran out of money before reaching volume production.",
            "Customers: retailers want robots that pay back within two years.",
            "Survivors: makers of single-task machines are profitable.",
        ],
        background=(
            "Investors put some $9bn into warehouse robotics between 2021 and 2025. Much of it went to "
            "companies promising humanoid or general-purpose machines. Labour shortages that drove demand have "
            "eased."
        ),
        outlook=(
            "We think consolidation will continue into next year. Our view is that the technology is sound "
            "but the business cases were not. Buyers will favour suppliers with a long track record."
        ),
        source="https://troy-technical.example/opinion/warehouse-robots",
    ),
]

FIELDS = {
    "quantum": FieldWeek(
        verdict="skip",
        reason="Skip: only a column on dropping qubit counts from roadmaps and a survey forecast of quantum "
               "software spending; no results, deals or policy.",
        must_not_lead=["w36-quantum-software-forecast"],
        notes="Quiet week. The $4.1bn in the forecast's title is a 2032 projection.",
    ),
    "ai": FieldWeek(
        verdict="must-read",
        reason="Must read: Paris lab Ardent raised €2bn (two billion euros) at a €14bn valuation, the largest "
               "private round for a European AI lab.",
        top1="w36-ardent-round",
        top3=["w36-ardent-round", "w36-kestrel-fennmoor-talks", "w36-quillon-layoffs"], top3_order="first-only",
        must_not_lead=["w36-ai-drug-discovery-webinar"],
        reason_amount=Amt("EUR", 2_000_000_000, "€2bn"),
        notes="The round is written in words in the report ('two billion euros'); the reason may spell it "
              "either way. The Kestrel-Fennmoor $4bn is a reported talk, not a deal, and the Quillon $120m a "
              "restructuring charge; both notable items belong in the top three in either order.",
    ),
    "hpc": FieldWeek(
        verdict="worth-a-skim",
        reason="Worth a skim: a cooling fault took Northgrid's Frankfurt cloud region largely offline for about "
               "14 hours, disrupting banks and rail operators.",
        top1="w36-northgrid-outage",
        top3=["w36-northgrid-outage"], top3_order="first-only",
        notes="The outage has no headline amount (the €35m is an analyst's estimate of credits). The €600m and "
              "€7bn are in an opinion column.",
    ),
    "semiconductors": FieldWeek(
        verdict="must-read",
        reason="Must read: Brantwood Microsystems agreed to buy Kessington Foundry, Britain's largest contract "
               "chipmaker, for £6.4bn in cash, subject to CMA and security reviews.",
        top1="w36-brantwood-kessington",
        top3=["w36-brantwood-kessington", "w36-halvard-results"], top3_order="strict",
        reason_amount=Amt("GBP", 6_400_000_000, "£6.4bn"),
        notes="The Halvard results ($9.2bn revenue, guidance cut, $31bn off its market value) are notable and "
              "second; the $31bn is larger than the deal but is a market-value change.",
    ),
    "biotech": FieldWeek(
        verdict="worth-a-skim",
        reason="Worth a skim: Morrow Therapeutics paused its phase 3 gene-therapy trial in limb-girdle muscular "
               "dystrophy after a patient died of liver failure.",
        top1="w36-morrow-trial-pause",
        top3=["w36-morrow-trial-pause"], top3_order="first-only",
        must_not_lead=["w36-ai-drug-discovery-webinar"],
    ),
    "energy": FieldWeek(
        verdict="skip",
        reason="Skip: a column on solar-panel prices, a battery owner exploring a sale, and our grid-connections "
               "webinar recap; nothing decided.",
        must_not_lead=["w36-tarnbrook-weighs-sale"],
        notes="Tarnbrook only weighs a sale; its $300m-$400m is bankers' price range. 'A record 600 GW' and "
              "'a record turnout' are statistics.",
    ),
    "space": FieldWeek(
        verdict="worth-a-skim",
        reason="Worth a skim: Skarda's Fulmar small launcher was lost two minutes into its second flight from "
               "Shetland, taking five cubesats with it.",
        top1="w36-skarda-fulmar-failure",
        top3=["w36-skarda-fulmar-failure"], top3_order="first-only",
        notes="A failure, not a maiden success: notable. The £14m is the lost payloads' insured value.",
    ),
    "cybersecurity": FieldWeek(
        verdict="must-read",
        reason="Must read: UK rules bringing about 1,100 managed IT service providers under cyber-security "
               "duties and 24-hour incident reporting took effect on 1 September.",
        top1="w36-uk-msp-rules",
        top3=["w36-uk-msp-rules", "w36-pinecastle-breach"], top3_order="strict",
        notes="The regulation has no headline amount (£17m is the maximum fine, £560m the cost estimate). The "
              "Pinecastle breach (31 million records, a $12m demand) is notable and second.",
    ),
}
