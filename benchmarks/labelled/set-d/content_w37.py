"""2026-W37 (Mon 7 Sep - Sun 13 Sep 2026): reports, and the editor's judgement per field.

All organisations, products and people are invented; public bodies (MHRA, CMA, NPL, the Irish Data
Protection Commission, Ofcom, NESO, the Civil Aviation Authority) are real names used in invented
stories. Every figure is invented.
"""

from model import Amt, FieldWeek, Report

WEEK = "2026-W37"

NOTES = (
    "The Kestrel-Fennmoor talks reported in W36 became a signed $4.6bn deal (a follow-up with real news that "
    "leads AI); its partner-feed copy is the syndicated duplicate. Two follow-ups add nothing (Brantwood-"
    "Kessington a week on; Skarda's investigation) and one adds real facts (Northgrid's post-mortem). The "
    "data-centre power forecast is cross-listed under HPC and energy. Quantum has a single report and it is "
    "major (a certified record); AI has one major among six. Semiconductors and space are quiet. "
    "The last site item is 00:30 BST on Monday 14 Sep, i.e. 23:30 UTC on Sunday 13 Sep (W37). One site item "
    "has no tags."
)

KESTREL_LINK = "https://troy-technical.example/2026/09/07/kestrel-agrees-to-buy-fennmoor-labs/"

REPORTS = [
    # ------------------------------------------------------------------ AI: follow-up with news, major deal
    Report(
        key="w37-kestrel-fennmoor-deal",
        feed="rss", post_id=51401, slug="kestrel-agrees-to-buy-fennmoor-labs",
        published="2026-09-07T07:45:00+01:00",
        author="Callum Reid",
        title="Deal done: Kestrel agrees to buy Fennmoor Labs for $4.6bn",
        tags=["AI", "M&A", "Agents"],
        fields=["ai"], kind="deal", weight="major",
        headline=Amt("USD", 4_600_000_000, "$4.6bn"),
        incidental=[
            Amt("USD", 3_400_000_000, "$3.4bn", "deal-component"),
            Amt("USD", 1_200_000_000, "$1.2bn", "deal-component"),
            Amt("USD", 4_000_000_000, "$4bn", "restated"),
        ],
        follows_up="w36-kestrel-fennmoor-talks", adds_news=True,
        cue_traps=["'subject to approval' (pending clearances)", "'regulators' in the timetable"],
        notes="Last week's rumour became a signed agreement at a higher price: a multi-billion AI deal, major. "
              "$3.4bn cash and $1.2bn in shares are its components; $4bn is last week's reported figure. Kind 'deal', "
              "not 'follow-up': the signing is a new event, not a recap (follows_up records the link).",
        markup="h2", box="div", comments="h2",
        kf_heading="The short version",
        kf_bullets=True, kf_numbered=True,
        key_findings=[
            "Kestrel Systems has agreed to buy Fennmoor Labs, the London maker of AI agents for insurance "
            "claims, for $4.6bn.",
            "The price is $3.4bn in cash and $1.2bn in Kestrel shares, above the $4bn reported last week.",
            "Fennmoor's board and its largest investors, holding 71 per cent of the shares, have signed "
            "irrevocable undertakings.",
            "The deal is subject to approval by competition regulators in Britain and the EU and should close "
            "in the first quarter of 2027.",
        ],
        details_heading="The terms",
        details=[
            "Premium: about 75 per cent above Fennmoor's last private valuation.",
            "Retention: a pool of Kestrel shares for Fennmoor's 260 staff, vesting over four years.",
            "Structure: Fennmoor keeps its brand and London headquarters and becomes Kestrel's AI division.",
            "Advisers: two investment banks for Kestrel, one for Fennmoor.",
        ],
        background=(
            "A financial newspaper reported last week that the two companies were in advanced talks at about "
            "$4bn; we said then that nothing was settled. Kestrel has lost ground in claims software to "
            "younger rivals that built AI agents from the start. Fennmoor counts six of Europe's ten largest "
            "insurers as customers. Kestrel's chief executive said in July the company would buy where that "
            "was faster than building."
        ),
        outlook=(
            "We think this is the largest acquisition of a European AI application company so far, and the "
            "clearest sign that incumbents will pay up rather than fall behind. Our view is that the price is "
            "rich for a company with modest revenues, but Kestrel is buying customers and staff as much as "
            "software. Competition review should be straightforward, since the two barely overlap. Other "
            "agent start-ups serving a single industry will now get calls from bankers."
        ),
        source="https://www.squaremile-tech.example/2026/09/07/kestrel-fennmoor-agreed",
    ),
    # ------------------------------------------------------------------ AI: syndicated copy of the deal
    Report(
        key="w37-kestrel-fennmoor-partner-copy",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0911",
        link=KESTREL_LINK + "?utm_source=lindqvist&utm_medium=partner&utm_campaign=weekly-briefs",
        published="2026-09-07T14:05:00+02:00",
        author="Lindqvist Briefing Desk",
        title="Deal done: Kestrel agrees to buy Fennmoor Labs for $4.6bn",
        tags=["AI", "M&A"],
        fields=["ai"], kind="deal", weight="major",
        headline=Amt("USD", 4_600_000_000, "$4.6bn"),
        incidental=[Amt("USD", 4_000_000_000, "$4bn", "restated")],
        syndicates="w37-kestrel-fennmoor-deal",
        follows_up="w36-kestrel-fennmoor-talks", adds_news=True,
        notes="Syndicated copy of the site report (utm_* link, shorter body). One report, not two.",
        key_findings=[
            "Kestrel Systems has agreed to buy Fennmoor Labs for $4.6bn in cash and shares, above the $4bn "
            "reported last week. The deal needs competition clearance and should close early next year.",
        ],
        outlook="We think incumbents will now pay up for AI application companies rather than build their own.",
        source="https://www.squaremile-tech.example/2026/09/07/kestrel-fennmoor-agreed",
    ),
    # ------------------------------------------------------------------ AI: lawsuit, notable
    Report(
        key="w37-ardent-publishers-lawsuit",
        feed="rss", post_id=51402, slug="publishers-sue-ardent-training-data",
        published="2026-09-08T11:30:00+01:00",
        author="Harriet Pemberton",
        title="Lawsuit: European publishers sue Ardent for €2.1bn over training data",
        tags=["Artificial Intelligence", "Copyright", "Lawsuits"],
        fields=["ai"], kind="other", weight="notable",
        headline=Amt("EUR", 2_100_000_000, "€2.1bn"),
        incidental=[Amt("EUR", 14_000_000_000, "€14bn", "valuation")],
        cue_traps=["damages sought, not awarded", "same company as last week's round, new story"],
        notes="A lawsuit filed: the €2.1bn is the damages the publishers claim, the news's own figure, but a "
              "claim is not money changing hands; notable. The €14bn is last week's valuation.",
        markup="h3", box="p", comments="h3",
        kf_heading="What happened",
        key_findings=[
            "A group of 38 newspaper and book publishers from France, Germany and Italy has sued Ardent in the "
            "Paris commercial court, claiming €2.1bn in damages for using their articles and books to train "
            "its Ombre models without a licence. The publishers also want the court to order Ardent to "
            "retrain its models without their content. Ardent says its training complied with the EU's "
            "text-and-data-mining exception.",
        ],
        details_heading="The claims",
        details=[
            "Scope: about 14 million articles and 60,000 books, according to the filing.",
            "Opt-outs: the publishers say they reserved their rights in machine-readable form from 2023.",
            "Remedies sought: damages, a licensing scheme for future use, and deletion of the disputed data.",
        ],
        background=(
            "Ardent raised money last week at a €14bn valuation, which the publishers' lawyers cited as "
            "evidence of what the data was worth. The EU's copyright rules let AI developers mine lawfully "
            "accessed text unless rights holders opt out. Whether publishers' opt-outs were valid is unsettled, "
            "and courts in several countries are considering similar claims. A German court ruled for a "
            "photographer against an AI developer last year on narrow grounds."
        ),
        outlook=(
            "We think the damages figure is an opening position rather than a likely award. The case matters "
            "because a French ruling on opt-outs would shape licensing across the EU. Our view is that Ardent "
            "is more likely to settle with a licensing deal than to retrain its models. A first hearing is "
            "not expected before next spring."
        ),
        source="https://www.continentaltech.example/2026/09/08/publishers-sue-ardent",
    ),
    # ------------------------------------------------------------------ AI: opinion
    Report(
        key="w37-agents-opinion",
        feed="rss", post_id=51403, slug="our-view-agent-hype-needs-a-reality-check",
        published="2026-09-09T16:00:00+01:00",
        author="Rupert Ashdown",
        title="Our view: the agent hype needs a reality check",
        tags=["AI", "Opinion"],
        wp_category="Opinion",
        fields=["ai"], kind="opinion", weight="minor",
        incidental=[
            Amt("USD", 4_600_000_000, "$4.6bn", "restated"),
            Amt("USD", 400_000_000_000, "$400bn", "sector-total"),
        ],
        cue_traps=["'First,' opening an argument", "'breakthrough' in a generic sentence"],
        notes="Opinion column; $4.6bn is this week's Fennmoor deal, reported elsewhere, and $400bn this year's "
              "AI capital spending across the industry.",
        markup="strong", box="div", comments="p",
        kf_heading="In brief",
        key_findings=[
            "This week's $4.6bn deal for Fennmoor will be read as proof that AI agents have arrived. Our "
            "columnist argues that most deployments are still pilots. He thinks buyers should demand evidence "
            "of work done, not demonstrations.",
        ],
        details_heading="The argument",
        details=[
            "Pilots: most large companies run agents on narrow, supervised tasks.",
            "Measurement: few report error rates or the cost of human review.",
            "Pricing: per-seat pricing hides whether agents save money.",
        ],
        background=(
            "The industry will spend some $400bn on AI infrastructure this year. Software vendors have "
            "rebranded their products as agents at a furious pace. Independent studies of productivity remain "
            "scarce."
        ),
        outlook=(
            "First, buyers should insist on a measured baseline before signing. Second, vendors should publish "
            "failure rates. We do not expect a breakthrough to settle the question; steady evidence will."
        ),
        source="https://troy-technical.example/opinion/agent-hype",
    ),
    # ------------------------------------------------------------------ AI (partner): price cut
    Report(
        key="w37-ardent-price-cut",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0912",
        link="https://briefs.lindqvist-research.example/2026/09/ardent-halves-api-prices",
        published="2026-09-10T09:15:00+02:00",
        author="Ingrid Solberg",
        title="Ardent halves API prices to $2 per million output tokens",
        tags=["LLMs", "Pricing"],
        fields=["ai"], kind="product-release", weight="minor",
        headline=Amt("USD", 2, "$2"),
        incidental=[Amt("USD", 4, "$4", "price")],
        notes="A price change for an existing product: minor. The new price is the key figure; the old one is "
              "a comparison.",
        atom_markup="h4",
        key_findings=[
            "Ardent has cut the price of its Ombre-2 model on its own platform from $4 to $2 per million "
            "output tokens, matching its main American rival. Input prices are unchanged.",
        ],
        outlook="Price cuts are routine in this market; this one follows last week's funding round.",
        source="https://www.continentaltech.example/2026/09/10/ardent-price-cut",
    ),
    # ------------------------------------------------------------------ AI (partner): conference notes
    Report(
        key="w37-edinburgh-agents-summit",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0923",
        link="https://briefs.lindqvist-research.example/2026/09/edinburgh-agents-summit-notes",
        published="2026-09-12T08:10:00+01:00",
        author="Mats Ekholm",
        title="Conference notes: three days at the Edinburgh agents summit",
        tags=["Machine learning", "Conferences"],
        fields=["ai"], kind="webinar-event", weight="minor",
        cue_traps=["'record attendance'", "'launch' of a shared benchmark wiki (community project)"],
        notes="An event recap; minor.",
        atom_markup="h4",
        key_findings=[
            "The Edinburgh agents summit drew a record attendance of 2,300. Talks focused on evaluation: "
            "several groups showed that agent benchmarks overstate reliability on long tasks, and organisers "
            "announced the launch of a shared wiki of failure cases.",
        ],
        details=[
            "Keynotes: two from university labs, one from a bank's automation team.",
            "Theme: measuring cost per completed task rather than accuracy.",
        ],
        outlook="Useful colour on where evaluation is heading; no products or results of consequence.",
        source="https://briefs.lindqvist-research.example/events/edinburgh-agents-2026",
    ),
    # ------------------------------------------------------------------ AI (partner): point release
    Report(
        key="w37-larchway-point-release",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0924",
        link="https://briefs.lindqvist-research.example/2026/09/larchway-2-3-1",
        published="2026-09-11T20:00:00Z",
        author="Lindqvist Briefing Desk",
        title="Larchway 2.3.1 fixes memory leak in long-context serving",
        tags=["LLMs", "Open source"],
        fields=["ai"], kind="patch-release", weight="minor",
        atom_markup="plain",
        key_findings=[
            "The open-source Larchway inference server has released version 2.3.1, fixing a memory leak that "
            "affected requests longer than 128,000 tokens.",
        ],
        outlook="A point release; upgrade if you serve long contexts.",
        source="https://larchway.example/releases/2.3.1",
    ),
    # ------------------------------------------------------------------ quantum: certified record, major
    Report(
        key="w37-halden-fidelity-record",
        feed="rss", post_id=51404, slug="halden-quantum-certified-two-qubit-fidelity-record",
        published="2026-09-08T09:10:00+01:00",
        author="Gareth Llewellyn",
        title="Certified: Halden Quantum's trapped ions set a two-qubit fidelity record of 99.97 per cent",
        tags=["Quantum computing", "Qubits"],
        fields=["quantum"], kind="record", weight="major",
        incidental=[
            Amt("USD", 180_000_000, "$180m", "past-funding"),
            Amt("USD", 1_900_000_000, "$1.9bn", "valuation"),
        ],
        notes="An independently certified record: major. $180m and $1.9bn are last year's round and valuation.",
        markup="h2", box="div", comments="h2",
        kf_heading="Key Findings",
        kf_bullets=True,
        key_findings=[
            "Halden Quantum's trapped-ion processor performed two-qubit gates with 99.97 per cent fidelity, "
            "averaged over all pairs on a 56-qubit chip.",
            "The National Physical Laboratory verified the result with its own benchmarking protocol.",
            "The previous certified best for any platform was 99.92 per cent.",
            "The error rate is low enough, Halden says, to cut the overhead of error correction by about half.",
        ],
        details_heading="Technical Details",
        details=[
            "Platform: calcium ions in a surface-electrode trap, with gates driven by integrated optics.",
            "Method: randomised benchmarking across 1,540 gate pairs over 72 hours.",
            "Limits: single-qubit gates and measurement were not part of the certification.",
        ],
        background=(
            "Two-qubit gate errors are the largest source of noise in most quantum computers, and every halving "
            "of them sharply reduces the number of physical qubits needed per logical qubit. Halden, an Oxford "
            "spin-out, raised $180m last year at a valuation of $1.9bn. Previous fidelity claims from several "
            "companies were self-reported and hard to compare. NPL began offering independent certification "
            "in 2025."
        ),
        outlook=(
            "We think this is the most important hardware result of the year so far, because it is certified "
            "rather than claimed. Our view is that it strengthens the case for trapped ions against "
            "superconducting rivals, whose gates are faster but noisier. The next test is whether Halden can "
            "hold this fidelity as chips grow past 100 qubits. Rivals will now be asked to submit to the same "
            "certification."
        ),
        source="https://www.qubitdigest.example/2026/09/08/halden-npl-certified",
    ),
    # ------------------------------------------------------------------ HPC: follow-up with new facts
    Report(
        key="w37-northgrid-postmortem",
        feed="rss", post_id=51405, slug="northgrid-outage-post-mortem",
        published="2026-09-10T14:20:00+01:00",
        author="Gareth Llewellyn",
        title="Northgrid's post-mortem: why a cooling fault in one hall took down two zones",
        tags=["Data centers", "Cloud", "Outages"],
        fields=["hpc"], kind="follow-up", weight="notable",
        follows_up="w36-northgrid-outage", adds_news=True,
        incidental=[Amt("EUR", 35_000_000, "€35m", "restated")],
        notes="Adds real facts: root cause, a design flaw admitted, credits and a rebuild plan. Notable. The €35m "
              "is last week's analyst estimate, repeated.",
        markup="h3", box="div", comments="h3",
        kf_heading="What happened",
        key_findings=[
            "Northgrid Compute's post-incident report says last week's 14-hour outage in Frankfurt spread "
            "because a software update had linked the cooling controls of all three data halls. When one "
            "hall's controller failed, it sent false readings to the other two, which throttled their own "
            "racks. Northgrid calls this a design flaw and will separate the systems by November. It will "
            "credit affected customers with 30 per cent of their August bills.",
        ],
        details_heading="What the report says",
        details=[
            "Root cause: a shared building-management configuration introduced in June.",
            "Why failover failed: the two healthy zones reduced capacity by 60 per cent in response to the "
            "false readings.",
            "Fixes: independent controllers per hall, and a manual override for throttling.",
            "Credits: automatic, with no claims process.",
        ],
        background=(
            "The outage disrupted banks, retailers and rail operators across Germany. One analyst had estimated "
            "last week that credits could cost Northgrid €35m; the company did not give its own figure. "
            "German financial supervisors asked banks for details of their exposure the day after the outage. "
            "Independence between availability zones is the central promise of any cloud region."
        ),
        outlook=(
            "We think the admission that the zones were not independent is more damaging than the outage "
            "itself. Our view is that regulated customers will now demand evidence of separation, not "
            "assurances. Northgrid's candour should help it keep customers. Other providers will be asked the "
            "same question about their building systems."
        ),
        source="https://www.datacentrewatch.example/2026/09/10/northgrid-post-mortem",
    ),
    # ------------------------------------------------------------------ HPC (partner): webinar notice
    Report(
        key="w37-liquid-cooling-webinar",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0914",
        link="https://briefs.lindqvist-research.example/2026/09/webinar-liquid-cooling-retrofits",
        published="2026-09-09T08:00:00Z",
        author="Lindqvist Briefing Desk",
        title="Webinar, 1 October: retrofitting liquid cooling into older data halls",
        tags=["High Performance Computing", "Webinars"],
        fields=["hpc"], kind="webinar-event", weight="minor",
        cue_traps=["organised 'in partnership with' a trade body"],
        atom_markup="h4", why_heading="Why attend",
        key_findings=[
            "A free webinar, organised in partnership with a data-centre trade body, on the practicalities of "
            "adding direct liquid cooling to halls built for air.",
        ],
        outlook="Practical advice for operators; no news.",
        source="https://briefs.lindqvist-research.example/events/2026-10-01-liquid-cooling",
    ),
    # ------------------------------------------------------------------ HPC + energy: forecast
    Report(
        key="w37-datacentre-power-forecast",
        feed="rss", post_id=51406, slug="data-centres-could-use-9-per-cent-of-britains-power",
        published="2026-09-09T10:25:00+01:00",
        author="Sunita Varma",
        title="Data centres could use 9 per cent of Britain's power by 2035, says grid operator",
        tags=["Data centers", "Grid", "Forecasts"],
        fields=["hpc", "energy"], kind="forecast", weight="minor",
        incidental=[Amt("GBP", 18_000_000_000, "£18bn", "forecast")],
        cue_traps=["'record demand' (a statistic)", "'approval' in planning approvals (past)"],
        notes="A forecast, cross-listed under HPC and energy: minor in both. £18bn is projected grid "
              "investment.",
        markup="plain", box="p", comments="p",
        kf_heading="In brief",
        key_findings=[
            "Britain's National Energy System Operator expects data centres to use about 9 per cent of the "
            "country's electricity by 2035, up from some 3 per cent today. Its central scenario assumes "
            "that most proposed AI campuses are built. Meeting that demand would need about £18bn of extra "
            "transmission investment, it says.",
        ],
        details_heading="The scenarios",
        details=[
            "Low case: 6 per cent, if efficiency gains continue and half the pipeline is cancelled.",
            "High case: 12 per cent, if every campus with planning approval is built.",
            "Location: most demand clusters west of London and in the north-east.",
        ],
        background=(
            "Peak demand on the grid set a record last winter, driven partly by electrification of heating. "
            "Data-centre developers have asked for connections totalling more than 30 GW. Scenario "
            "projections like these have overestimated demand before."
        ),
        outlook=(
            "We think the central case is plausible but not certain. Our view is that grid connections, not "
            "chips, will set the pace of AI build-out in Britain. Nothing here commits anyone to spend money."
        ),
        source="https://www.energycityreport.example/2026/09/09/neso-data-centre-demand",
    ),
    # ------------------------------------------------------------------ semiconductors: follow-up without news
    Report(
        key="w37-brantwood-week-on",
        feed="rss", post_id=51407, slug="brantwood-kessington-a-week-on",
        published="2026-09-07T16:40:00+01:00",
        author="Sunita Varma",
        title="Brantwood–Kessington, a week on: what the £6.4bn deal still has to clear",
        tags=["Semiconductors", "Foundry", "M&A"],
        fields=["semiconductors"], kind="follow-up", weight="minor",
        follows_up="w36-brantwood-kessington", adds_news=False,
        incidental=[
            Amt("GBP", 6_400_000_000, "£6.4bn", "restated"),
            Amt("GBP", 250_000_000, "£250m", "restated"),
        ],
        cue_traps=["'approval' and 'clear' (pending reviews)", "the title's amount is last week's deal"],
        notes="Repeats last week's terms; no new filing, no regulator decision. Must not make semiconductors a "
              "must-read.",
        markup="h2", box="div", comments="h2",
        kf_heading="The short version",
        key_findings=[
            "A week after Brantwood Microsystems agreed to buy Kessington Foundry for £6.4bn, nothing material "
            "has changed. Neither the CMA nor the government has opened a formal review. Kessington's shares "
            "trade just below the offer price, suggesting investors expect the deal to close.",
        ],
        details_heading="Where things stand",
        details=[
            "Unchanged: the price, the £250m break fee and the 2027 completion target.",
            "Pending: the shareholder vote, the CMA's review and a national-security review.",
            "Unknown: whether the government will seek undertakings on defence supply.",
        ],
        background=(
            "We reported the agreement last Monday. It is the largest takeover of a British chipmaker in a "
            "decade. Brantwood is Kessington's biggest customer. Trade unions have asked for guarantees on jobs "
            "at Newport."
        ),
        outlook=(
            "There is nothing here that changes last week's analysis. The next news will come when the CMA "
            "opens its review, probably in October. Until then, last week's report is the one to read."
        ),
        source="https://www.foundryweek.example/2026/09/07/brantwood-kessington-week-on",
    ),
    # ------------------------------------------------------------------ semiconductors (partner): hire
    Report(
        key="w37-pellow-cfo",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0915",
        link="https://briefs.lindqvist-research.example/2026/09/pellow-names-cfo",
        published="2026-09-08T17:00:00+03:00",
        author="Ingrid Solberg",
        title="Pellow names former foundry executive as finance chief",
        tags=["Chips", "People"],
        fields=["semiconductors"], kind="hiring", weight="minor",
        incidental=[Amt("USD", 22_000_000, "$22m", "past-funding")],
        notes="Same company as last week's round, new (minor) story.",
        atom_markup="plain",
        key_findings=[
            "Pellow, the Bristol analogue-layout start-up that raised $22m last week, has appointed a former "
            "Kessington Foundry finance director as chief financial officer.",
        ],
        outlook="A hire; no news about the business.",
        source="https://www.eda-news.example/2026/09/08/pellow-cfo",
    ),
    # ------------------------------------------------------------------ semiconductors (partner): forecast
    Report(
        key="w37-chip-equipment-forecast",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0916",
        link="https://briefs.lindqvist-research.example/2026/09/chip-equipment-spending-forecast",
        published="2026-09-10T18:30:00-05:00",
        author="Mats Ekholm",
        title="Chip-equipment spending could top $140bn in 2028, trade body says",
        tags=["Semiconductors", "Market forecasts"],
        fields=["semiconductors"], kind="forecast", weight="minor",
        incidental=[
            Amt("USD", 140_000_000_000, "$140bn", "forecast"),
            Amt("USD", 118_000_000_000, "$118bn", "sector-total"),
        ],
        cue_traps=["'first quarter' as a date"],
        notes="A forecast in the title; minor. 18:30 -05:00 on Thursday is 23:30 UTC the same day.",
        atom_markup="h4",
        key_findings=[
            "An equipment industry association expects worldwide spending on chipmaking tools to top $140bn in "
            "2028, up from $118bn this year. Orders in the first quarter of 2026 were weaker than expected, it "
            "says, but AI-related memory and packaging lines should lift demand.",
        ],
        outlook="A trade body's projection; useful for context, not news.",
        source="https://www.chipwire.example/2026/09/10/equipment-forecast",
    ),
    # ------------------------------------------------------------------ biotech: approval, major
    Report(
        key="w37-mhra-ferrand-fb12",
        feed="rss", post_id=51408, slug="mhra-approves-ferrand-fb-12-first-oral-psc-treatment",
        published="2026-09-09T07:00:00+01:00",
        author="Niamh O'Driscoll",
        title="Approval: MHRA clears Ferrand Bio's FB-12, the first treatment for primary sclerosing cholangitis",
        tags=["Biotech", "Drug approvals", "Liver disease"],
        fields=["biotech"], kind="approval", weight="major",
        incidental=[
            Amt("GBP", 160_000_000, "£160m", "past-funding"),
            Amt("GBP", 96_000, "£96,000", "price"),
        ],
        notes="The first approved therapy for a disease with none: major. £160m is past funding and £96,000 the "
              "annual list price, an incidental detail here.",
        markup="h2", box="div", comments="h2",
        kf_heading="What happened",
        key_findings=[
            "Britain's Medicines and Healthcare products Regulatory Agency has approved FB-12, an oral drug "
            "from Ferrand Bio, for adults with primary sclerosing cholangitis. It is the first medicine "
            "approved anywhere for the disease, which scars the bile ducts and often leads to liver "
            "transplant. In the pivotal trial, FB-12 slowed the progression of fibrosis by 44 per cent over two "
            "years compared with placebo.",
        ],
        details_heading="Clinical Details",
        details=[
            "Trial: 412 patients in 11 countries, two years of treatment, liver stiffness and biopsy endpoints.",
            "Safety: itching and mild diarrhoea were the most common side effects; no liver-safety signal.",
            "Price: a list price of £96,000 a year; the NHS cost-effectiveness appraisal is under way.",
            "Elsewhere: decisions from the FDA and the European Medicines Agency are expected in 2027.",
        ],
        background=(
            "About 10,000 people in Britain live with primary sclerosing cholangitis, and until now doctors "
            "could only manage symptoms. Several drugs have failed in late-stage trials over the past decade. "
            "Ferrand, a Cambridge company, raised £160m from investors to fund the pivotal trial. The MHRA used "
            "its international recognition route to complete its review in under a year."
        ),
        outlook=(
            "We think this is the most important UK-first approval in several years, for patients and for the "
            "regulator's reputation. Our view is that the NHS appraisal will be the real hurdle, given the "
            "price. American and European decisions will follow the same data. Rival programmes now have a "
            "benchmark to beat."
        ),
        source="https://www.biopharmaledger.example/2026/09/09/mhra-fb-12",
    ),
    # ------------------------------------------------------------------ biotech: deal called off, notable
    Report(
        key="w37-lysander-quenby-called-off",
        feed="rss", post_id=51409, slug="lysander-walks-away-from-quenby-bio",
        published="2026-09-10T12:45:00+01:00",
        author="Niamh O'Driscoll",
        title="Called off: Lysander walks away from its $1.1bn purchase of Quenby Bio",
        tags=["Biotechnology", "M&A"],
        fields=["biotech"], kind="deal", weight="notable",
        headline=Amt("USD", 1_100_000_000, "$1.1bn"),
        incidental=[Amt("USD", 45_000_000, "$45m", "deal-component")],
        cue_traps=["a deal verb with a negation: the deal is abandoned, not agreed"],
        notes="An agreed deal abandoned after weak data: notable (a deal in the low billions, undone). Kind "
              "'deal' because the news is the deal's fate; $45m is the termination fee.",
        markup="h3", box="p", comments="h3",
        kf_heading="In brief",
        key_findings=[
            "Lysander Pharma has terminated its agreed $1.1bn acquisition of Quenby Bio, citing phase 2 "
            "results for Quenby's lead antibody that it says fall short of the conditions in the merger "
            "agreement. Lysander will pay a $45m termination fee. Quenby disputes that the conditions were "
            "breached and is considering legal action.",
        ],
        details_heading="The detail",
        details=[
            "Trigger: the antibody missed its secondary endpoint in a 180-patient eczema trial.",
            "Agreement: the deal, announced in June, allowed Lysander to walk away if the data were not "
            "clinically meaningful.",
            "Market: Quenby's shares fell 52 per cent on Thursday.",
        ],
        background=(
            "Lysander agreed to buy Quenby in June to strengthen its immunology pipeline. Conditional biotech "
            "deals of this kind have become more common as buyers try to limit their risk. Quenby has cash to "
            "last about 18 months."
        ),
        outlook=(
            "We think Quenby will struggle to find another buyer at anything like the agreed price. Our view is "
            "that a legal challenge is unlikely to succeed given the wording of the agreement. Other buyers will "
            "write similar conditions into their contracts."
        ),
        source="https://www.biopharmaledger.example/2026/09/10/lysander-quenby-terminated",
    ),
    # ------------------------------------------------------------------ biotech (partner): follow-up without news
    Report(
        key="w37-morrow-week-on",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0917",
        link="https://briefs.lindqvist-research.example/2026/09/morrow-pause-no-update",
        published="2026-09-11T09:30:00+01:00",
        author="Lindqvist Briefing Desk",
        title="Morrow's gene-therapy pause: no update a week on",
        tags=["Gene therapy", "Clinical trials"],
        fields=["biotech"], kind="follow-up", weight="minor",
        follows_up="w36-morrow-trial-pause", adds_news=False,
        atom_markup="strong",
        key_findings=[
            "Morrow Therapeutics has said nothing new about the paused phase 3 trial of its muscular-dystrophy "
            "gene therapy. The independent safety board's report is still expected within six weeks of the "
            "pause.",
        ],
        outlook="Nothing changes last week's assessment.",
        source="https://www.biopharmaledger.example/2026/09/11/morrow-update",
    ),
    # ------------------------------------------------------------------ energy: deal blocked, notable
    Report(
        key="w37-cma-blocks-harwell-ostle",
        feed="rss", post_id=51410, slug="cma-blocks-harwell-grid-takeover-of-ostle",
        published="2026-09-08T13:15:00+01:00",
        author="Gareth Llewellyn",
        title="Blocked: CMA stops Harwell Grid's £1.2bn takeover of Ostle Renewables",
        tags=["Energy", "Renewables", "Competition"],
        fields=["energy"], kind="deal", weight="notable",
        headline=Amt("GBP", 1_200_000_000, "£1.2bn"),
        incidental=[Amt("USD", 1_600_000_000, "$1.6bn", "conversion")],
        cue_traps=["'regulators' blocking a deal is not a regulation", "'first' (the first energy deal it has blocked outright)"],
        notes="A deal in the low billions blocked by the competition authority: notable. $1.6bn is the same "
              "price in dollars.",
        markup="strong", box="div", comments="h2",
        kf_heading="What happened",
        key_findings=[
            "The Competition and Markets Authority has blocked Harwell Grid's £1.2bn ($1.6bn) takeover of Ostle "
            "Renewables, ruling that it would reduce competition for offshore-wind grid connections in "
            "eastern England. It is the first energy deal the regulator has blocked outright. Harwell says it "
            "is disappointed and will consider an appeal to the Competition Appeal Tribunal.",
        ],
        details_heading="The ruling",
        details=[
            "Concern: the combined company would have built about 70 per cent of offshore transmission links "
            "planned for the North Sea coast.",
            "Remedies: the CMA rejected Harwell's offer to sell two projects as insufficient.",
            "Timing: Harwell has two months to appeal.",
        ],
        background=(
            "Harwell agreed to buy Ostle last November. Both companies build and operate the cables that bring "
            "offshore wind power ashore. Regulators have become more wary of consolidation among firms whose "
            "costs are ultimately paid by consumers."
        ),
        outlook=(
            "We think the ruling signals that the CMA will treat grid infrastructure like a utility market. "
            "Our view is that an appeal would be hard to win. Ostle is likely to look for a buyer without "
            "overlapping assets."
        ),
        source="https://www.energycityreport.example/2026/09/08/cma-blocks-harwell-ostle",
    ),
    # ------------------------------------------------------------------ energy (partner): small seed
    Report(
        key="w37-brightmere-seed",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0918",
        link="https://briefs.lindqvist-research.example/2026/09/brightmere-fusion-seed",
        published="2026-09-12T10:20:00-08:00",
        author="Mats Ekholm",
        title="Fusion start-up Brightmere raises $35m seed round",
        tags=["Fusion", "Funding"],
        fields=["energy"], kind="funding-round", weight="minor",
        headline=Amt("USD", 35_000_000, "$35m"),
        cue_traps=["'breakthrough' in the founders' hopes"],
        atom_markup="plain",
        key_findings=[
            "Brightmere Fusion, a Vancouver start-up working on compact magnetised-target fusion, has raised "
            "$35m in a seed round to build a test rig. Its founders hope for a breakthrough in plasma "
            "compression by 2029.",
        ],
        outlook="An early, small round in a crowded field.",
        source="https://www.fusionbrief.example/2026/09/12/brightmere-seed",
    ),
    # ------------------------------------------------------------------ space: follow-up without news
    Report(
        key="w37-skarda-investigation",
        feed="rss", post_id=51411, slug="fulmar-failure-skarda-still-investigating",
        published="2026-09-09T18:05:00+01:00",
        author="Callum Reid",
        title="Fulmar failure: Skarda still investigating, no date for return to flight",
        tags=["Launch vehicles", "Small launchers"],
        fields=["space"], kind="follow-up", weight="minor",
        follows_up="w36-skarda-fulmar-failure", adds_news=False,
        cue_traps=["'launch' and 'return to flight' in a report with no launch"],
        notes="Adds nothing beyond last week's failure report.",
        markup="h3", box="p", comments="none",
        kf_heading="In brief",
        key_findings=[
            "Skarda Aerospace says its investigation into last Saturday's loss of the Fulmar rocket is focusing on "
            "the first-stage oxidiser tank, as it said on the day. It has not set a date for the next launch. "
            "The Civil Aviation Authority is reviewing the data.",
        ],
        details_heading="What we know",
        details=[
            "Focus: the oxidiser-tank pressure drop at about T+110 seconds.",
            "Debris: recovery from the sea north of Shetland has ended.",
            "Customers: none has cancelled, the company says.",
        ],
        background=(
            "Fulmar was lost on its second flight last weekend after reaching orbit on its maiden flight in "
            "March. We reported the failure at the time. Investigations of this kind usually take several "
            "months."
        ),
        outlook=(
            "Nothing here changes last week's assessment. We will report the findings when Skarda publishes "
            "them. Last week's report remains the one to read."
        ),
        source="https://www.orbitalbrief.example/2026/09/09/fulmar-investigation",
    ),
    # ------------------------------------------------------------------ space (partner): forecast
    Report(
        key="w37-satellite-broadband-forecast",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0919",
        link="https://briefs.lindqvist-research.example/2026/09/satellite-broadband-revenue-forecast",
        published="2026-09-06T21:30:00-05:00",
        author="Ingrid Solberg",
        title="Satellite broadband revenue could reach $40bn by 2031",
        tags=["Satellites", "Market forecasts"],
        fields=["space"], kind="forecast", weight="minor",
        incidental=[Amt("USD", 40_000_000_000, "$40bn", "forecast")],
        notes="A forecast; minor. 21:30 -05:00 on Sunday 6 Sep is 02:30 UTC on Monday 7 Sep: W37, not W36.",
        atom_markup="h4",
        key_findings=[
            "A consultancy expects revenue from satellite broadband services to reach $40bn a year by 2031, "
            "driven by aviation, shipping and rural households.",
        ],
        outlook="A projection; no new contracts or launches behind it.",
        source="https://www.spacemarkets.example/2026/09/06/broadband-forecast",
    ),
    # ------------------------------------------------------------------ space: product unveiled at a launch event
    Report(
        key="w37-aldmoor-satellite-bus",
        feed="rss", post_id=51412, slug="aldmoor-unveils-satellite-bus",
        published="2026-09-11T11:00:00+01:00",
        author="Callum Reid",
        title="Aldmoor unveils a 300 kg satellite platform at its London launch event",
        tags=["Space", "Satellites", "Products"],
        fields=["space"], kind="product-release", weight="minor",
        cue_traps=["'launch event' (a product presentation, not a rocket)", "'first' (first customer delivery date)"],
        notes="A product unveiling; minor.",
        markup="h2", box="div", comments="h2",
        kf_heading="Key Findings",
        key_findings=[
            "Aldmoor Space has unveiled Tern, a 300 kg satellite platform for Earth-observation and "
            "communications payloads, at a launch event in London. The company says it can deliver a platform "
            "within nine months of order. First deliveries to customers are planned for late 2027.",
        ],
        details_heading="Technical Details",
        details=[
            "Power: up to 1.2 kW for payloads.",
            "Propulsion: electric, with enough propellant for seven years in low orbit.",
            "Production: built at Aldmoor's Harwell site, up to 20 a year.",
        ],
        background=(
            "Several European firms sell satellite platforms of this size. Aldmoor has built two smaller "
            "demonstration satellites. It has not announced a customer for Tern."
        ),
        outlook=(
            "We think the product is competent but not distinctive. Our view is that orders will decide whether "
            "it matters. No launch date has been set for the first unit."
        ),
        source="https://www.orbitalbrief.example/2026/09/11/aldmoor-tern",
    ),
    # ------------------------------------------------------------------ cybersecurity: fine, notable
    Report(
        key="w37-dpc-fines-calloway",
        feed="rss", post_id=51413, slug="irish-dpc-fines-calloway-cloud",
        published="2026-09-08T08:20:00+01:00",
        author="Niamh O'Driscoll",
        title="Fine: Irish regulator fines Calloway Cloud €310m over 2024 breach",
        tags=["Cybersecurity", "Data protection", "GDPR"],
        fields=["cybersecurity"], kind="other", weight="notable",
        headline=Amt("EUR", 310_000_000, "€310m"),
        incidental=[Amt("EUR", 31_000_000, "€31m", "restated")],
        cue_traps=["'not a record' (negation)", "a correction restating a wrong figure"],
        notes="A data-protection fine in the hundreds of millions: notable. The €31m is the wrong figure in an "
              "earlier version of the report, named in the correction.",
        markup="h3", box="div", comments="h3",
        kf_heading="In brief",
        key_findings=[
            "Ireland's Data Protection Commission has fined Calloway Cloud €310m for failing to secure "
            "customer data exposed in a 2024 breach that affected 48 million people. The regulator found that "
            "Calloway kept unencrypted backups on a misconfigured storage service for more than a year. "
            "Calloway says it will appeal.",
        ],
        details_heading="The decision",
        details=[
            "Breaches found: failure to ensure security of processing and late notification to the regulator.",
            "Orders: encrypt all backups and commission an independent audit within six months.",
            "Size: the fine is large for a security failure but not a record under the GDPR.",
        ],
        background=(
            "Calloway disclosed the breach in November 2024 after a researcher found the exposed backups. Most "
            "of the largest GDPR fines so far have concerned how companies use data, not how they protect it. "
            "The commission's draft decision was reviewed by other European regulators. Correction, 9 "
            "September: an earlier version of this report gave the fine as €31m."
        ),
        outlook=(
            "We think the decision signals that regulators will punish basic security lapses as severely as "
            "unlawful processing. Our view is that cloud providers should expect questions about backup "
            "encryption from customers' auditors. An appeal will take years."
        ),
        source="https://www.netdefence-review.example/2026/09/08/dpc-calloway-fine",
    ),
    # ------------------------------------------------------------------ cybersecurity (partner): routine incident
    Report(
        key="w37-dunmore-council-ransomware",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0920",
        link="https://briefs.lindqvist-research.example/2026/09/dunmore-council-services-restored",
        published="2026-09-10T07:50:00Z",
        author="Lindqvist Briefing Desk",
        title="Council ransomware attack: Dunmore restores services after ten days",
        tags=["Ransomware", "Public sector"],
        fields=["cybersecurity"], kind="other", weight="minor",
        incidental=[Amt("GBP", 2_000_000, "£2m", "ransom-demand")],
        notes="A routine incident; the £2m is the demand, which the council refused.",
        atom_markup="strong",
        key_findings=[
            "Dunmore District Council has restored its online services ten days after a ransomware attack. "
            "The attackers demanded £2m; the council refused to pay and rebuilt systems from backups.",
        ],
        outlook="A routine recovery; the backups worked.",
        source="https://www.localgovtech.example/2026/09/10/dunmore-restored",
    ),
    # ------------------------------------------------------------------ cybersecurity (partner): webinar recap
    Report(
        key="w37-pqc-inventory-webinar",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0921",
        link="https://briefs.lindqvist-research.example/2026/09/webinar-recap-pqc-inventories",
        published="2026-09-11T16:45:00+02:00",
        author="Ingrid Solberg",
        title="Webinar recap: getting started on a post-quantum cryptography inventory",
        tags=["PQC", "Webinars"],
        fields=["cybersecurity"], kind="webinar-event", weight="minor",
        cue_traps=["'quantum' in a cybersecurity item (PQC)"],
        atom_markup="h4",
        key_findings=[
            "Practitioners from a bank and a hospital group described how they built an inventory of their "
            "cryptography as a first step towards post-quantum migration.",
        ],
        outlook="Practical tips; no new guidance.",
        source="https://briefs.lindqvist-research.example/events/pqc-inventory-recap",
    ),
    # ------------------------------------------------------------------ unfiled (partner): edtech
    Report(
        key="w37-brightslate-round",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0922",
        link="https://briefs.lindqvist-research.example/2026/09/brightslate-raises",
        published="2026-09-12T12:00:00+01:00",
        author="Lindqvist Briefing Desk",
        title="Tutoring app Brightslate raises $30m",
        tags=["Edtech", "Education"],
        fields=[], kind="funding-round", weight="minor",
        headline=Amt("USD", 30_000_000, "$30m"),
        notes="Unfiled: edtech matches no field.",
        atom_markup="plain",
        key_findings=["Brightslate, a Manchester maths-tutoring app, has raised $30m to expand into India."],
        outlook="Outside our fields.",
        source="https://www.edtechweekly.example/2026/09/12/brightslate",
    ),
    # ------------------------------------------------------------------ unfiled, no tags: telecoms
    Report(
        key="w37-ofcom-3g-switch-off",
        feed="rss", post_id=51414, slug="uk-3g-switch-off-complete",
        published="2026-09-14T00:30:00+01:00",
        author="Gareth Llewellyn",
        title="Switch-off: Britain's last 3G network goes dark",
        tags=[],
        wp_category="Uncategorized",
        fields=[], kind="other", weight="minor",
        notes="No tags at all (category Uncategorized): unfiled. 00:30 BST on Monday 14 Sep is 23:30 UTC on "
              "Sunday 13 Sep, so it belongs to W37 although its permalink says 14 September.",
        markup="h2", box="div", comments="h2",
        kf_heading="What happened",
        key_findings=[
            "The last of Britain's mobile operators switched off its 3G network over the weekend, completing a "
            "process that began in 2023. Ofcom says fewer than 200,000 devices still relied on 3G. The freed "
            "spectrum will be reused for 4G and 5G.",
        ],
        details_heading="The detail",
        details=[
            "Devices: mostly old phones, alarms and payment terminals.",
            "Support: operators offered free replacement handsets to vulnerable customers.",
            "2G: remains on for now, for smart meters and some machines.",
        ],
        background=(
            "Britain's operators agreed with the government to retire 3G by the end of this year. Several "
            "other European countries have done the same. Older networks are expensive to run."
        ),
        outlook=(
            "We think the switch-off passed with little disruption. Our view is that 2G will be the next "
            "argument. This is outside our usual fields."
        ),
        source="https://www.spectrumnotes.example/2026/09/13/3g-switch-off",
    ),
]

FIELDS = {
    "quantum": FieldWeek(
        verdict="must-read",
        reason="Must read: NPL certified Halden Quantum's trapped-ion gates at 99.97 per cent two-qubit fidelity, "
               "beating the previous certified best of 99.92 per cent.",
        top1="w37-halden-fidelity-record",
        top3=["w37-halden-fidelity-record"], top3_order="first-only",
        notes="A single report, and it is major. The record has no headline amount; $180m and $1.9bn are last "
              "year's round and valuation.",
    ),
    "ai": FieldWeek(
        verdict="must-read",
        reason="Must read: Kestrel Systems agreed to buy London AI-agent maker Fennmoor Labs for $4.6bn in cash "
               "and shares, confirming last week's reported talks.",
        top1="w37-kestrel-fennmoor-deal",
        top3=["w37-kestrel-fennmoor-deal", "w37-ardent-publishers-lawsuit"], top3_order="strict",
        reason_amount=Amt("USD", 4_600_000_000, "$4.6bn"),
        notes="One major among six reports (one notable, four minor). A follow-up that adds real news leads its field. The lawsuit's €2.1bn is damages claimed and is "
              "second; $3.4bn/$1.2bn are the deal's components and $4bn last week's reported figure.",
    ),
    "hpc": FieldWeek(
        verdict="worth-a-skim",
        reason="Worth a skim: Northgrid's post-mortem says a shared cooling-control update took down two "
               "supposedly independent zones; it admits a design flaw and credits customers.",
        top1="w37-northgrid-postmortem",
        top3=["w37-northgrid-postmortem"], top3_order="first-only",
        must_not_lead=["w37-datacentre-power-forecast"],
        notes="A follow-up with new facts (notable). The forecast's £18bn is projected grid investment.",
    ),
    "semiconductors": FieldWeek(
        verdict="skip",
        reason="Skip: only a rehash of last week's Brantwood–Kessington deal, a CFO hire and an equipment-spending "
               "forecast.",
        must_not_lead=["w37-brantwood-week-on", "w37-chip-equipment-forecast"],
        notes="The week-on piece carries last week's £6.4bn in its title and adds nothing; the $140bn is a 2028 "
              "forecast.",
    ),
    "biotech": FieldWeek(
        verdict="must-read",
        reason="Must read: the MHRA approved Ferrand Bio's FB-12, the first medicine for primary sclerosing "
               "cholangitis, which slowed fibrosis by 44 per cent in its pivotal trial.",
        top1="w37-mhra-ferrand-fb12",
        top3=["w37-mhra-ferrand-fb12", "w37-lysander-quenby-called-off"], top3_order="strict",
        must_not_lead=["w37-morrow-week-on"],
        notes="The approval has no headline amount (£96,000 is the list price, £160m past funding). The "
              "abandoned $1.1bn Lysander-Quenby deal is notable and second.",
    ),
    "energy": FieldWeek(
        verdict="worth-a-skim",
        reason="Worth a skim: the CMA blocked Harwell Grid's £1.2bn takeover of offshore-transmission builder "
               "Ostle Renewables, its first outright block of an energy deal.",
        top1="w37-cma-blocks-harwell-ostle",
        top3=["w37-cma-blocks-harwell-ostle"], top3_order="first-only",
        must_not_lead=["w37-datacentre-power-forecast"],
        reason_amount=Amt("GBP", 1_200_000_000, "£1.2bn"),
        notes="A blocked deal is still deal news; the £18bn in the cross-listed forecast is larger and is a "
              "projection.",
    ),
    "space": FieldWeek(
        verdict="skip",
        reason="Skip: Skarda's Fulmar investigation has no findings yet; otherwise a satellite-platform "
               "unveiling and a broadband revenue forecast.",
        must_not_lead=["w37-satellite-broadband-forecast"],
        notes="The Skarda follow-up adds nothing; 'launch event' is a product presentation.",
    ),
    "cybersecurity": FieldWeek(
        verdict="worth-a-skim",
        reason="Worth a skim: Ireland's Data Protection Commission fined Calloway Cloud €310m for leaving "
               "unencrypted backups exposed in a 2024 breach of 48 million people's data.",
        top1="w37-dpc-fines-calloway",
        top3=["w37-dpc-fines-calloway"], top3_order="first-only",
        must_not_lead=["w37-dunmore-council-ransomware"],
        reason_amount=Amt("EUR", 310_000_000, "€310m"),
        notes="The €31m in the correction is the earlier wrong figure, not a second fine.",
    ),
}
