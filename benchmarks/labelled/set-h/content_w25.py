"""2026-W25 (Mon 15 Jun - Sun 21 Jun 2026): reports, and the editor's judgement per field.

House style: a financial daily crossed with terminal flashes. All organisations, products and people
are invented; public bodies (CISA, the Competition and Markets Authority) are real names used in
invented stories. Every figure is invented for this set.
"""

from model import Amt, FieldWeek, Report

WEEK = "2026-W25"

NOTES = (
    "Three must-reads (AI round, semiconductor deal, maiden orbital launch), three worth-a-skim, two skips. "
    "Several terminal flashes carry figures that are not news: a rumoured sale price, quarterly revenue, a "
    "share-price move, a ransom demand. The Castellan deal carries a dollar conversion in brackets. The "
    "Ledger capex column is filed under AI and HPC; the quantum-HPC webinar under quantum and HPC."
)

REPORTS = [
    # ------------------------------------------------------------ semiconductors: major deal
    Report(
        key="w25-castellan-pellow",
        feed="rss", post_id=61204, slug="castellan-agrees-2bn-deal-for-pellow",
        published="2026-06-15T06:30:00+00:00",
        author="Harriet Osei",
        title="Castellan agrees £2bn deal for chip designer Pellow",
        tags=["Semiconductors", "M&A", "UK companies"],
        fields=["semiconductors"], kind="deal", weight="major",
        headline=Amt("GBP", 2_000_000_000, "£2bn"),
        incidental=[
            Amt("USD", 2_700_000_000, "$2.7bn", "conversion"),
            Amt("GBP", 600_000_000, "£600m", "valuation"),
        ],
        cue_traps=["subject to approval by the Competition and Markets Authority (clearance pending)"],
        notes="Headline £2bn; the $2.7bn in brackets is the same deal converted, not a second amount. "
              "£600m is Pellow's 2024 valuation.",
        kf_heading="", markup="h2", box="div", comments="h2",
        key_findings=[
            "Castellan Systems has agreed to buy Pellow, the Bristol designer of low-power chips for "
            "industrial sensors, for £2bn ($2.7bn) in cash. The offer is 41% above Pellow's closing share "
            "price on Friday. Pellow's board has recommended it unanimously.",
        ],
        details_heading="The terms",
        details=[
            "Price: 1,480p a share, all cash, funded from Castellan's balance sheet and a new term loan.",
            "Conditions: subject to approval by the Competition and Markets Authority and by Pellow's "
            "shareholders; completion expected early in 2027.",
            "Staff: Castellan has pledged to keep Pellow's Bristol headquarters and its 900 engineers for at "
            "least three years.",
        ],
        background=(
            "Pellow listed in London in 2021 and has struggled to win a valuation close to its US peers. Its "
            "last private round, in 2024, valued it at £600m, and its shares have roughly tripled since. "
            "Castellan, based in Eindhoven, sells microcontrollers to carmakers and factory-automation "
            "groups. The two companies already co-design a sensor hub for a German automotive supplier."
        ),
        outlook=(
            "This is the largest takeover of a British chip designer in four years, and it will revive the "
            "debate about London's ability to keep technology companies. The government is unlikely to "
            "intervene on security grounds because Pellow's chips are for industrial use. For Castellan, "
            "the deal fills a gap in ultra-low-power designs that it had planned to build over five years. "
            "Rival bidders are possible but none has been named."
        ),
        source="https://www.citywire-tech.example/2026/06/15/castellan-pellow",
    ),
    # ------------------------------------------------------------ semiconductors: earnings flash
    Report(
        key="w25-kestrel-q2-revenue",
        feed="rss", post_id=61205, slug="kestrel-foundry-q2-revenue-raises-outlook",
        published="2026-06-16T20:05:00+00:00",
        author="Newsdesk",
        title="KESTREL FOUNDRY Q2 REVENUE $1.1BN, RAISES OUTLOOK; SHARES UP 9% LATE",
        tags=["Foundry", "Earnings"],
        fields=["semiconductors"], kind="other", weight="minor",
        incidental=[Amt("USD", 1_100_000_000, "$1.1BN", "revenue")],
        cue_traps=["record (quarterly revenue record)"],
        notes="Own trap: an earnings flash. The $1.1BN is quarterly revenue, not a deal or a round.",
        kf_heading="", markup="plain", box="p", comments="none",
        key_findings=[
            '*KESTREL FOUNDRY FISCAL Q2 REVENUE $1.1BN, A QUARTERLY RECORD.',
            '*KESTREL RAISES FULL-YEAR REVENUE GROWTH GUIDANCE TO 22% FROM 18%.',
            '*KESTREL SHARES UP 9% IN LATE TRADING.',
        ], kf_bullets=True,
        details_heading="Details",
        details=[
            "Gross margin: 31.5%, up from 28.9% a year earlier.",
            "Utilisation: the 28nm lines ran at 94% of capacity.",
            "Capex: unchanged from the plan set in February.",
        ],
        background=(
            "Kestrel is a specialty foundry making power-management and analogue chips in Singapore and "
            "Dresden. Its shares fell by a third last year as industrial demand slowed. Analysts had expected "
            "a smaller rise in revenue. The company does not comment on individual customers."
        ),
        outlook=(
            "A good quarter for a mid-sized foundry, and no more. Nothing was announced about new capacity, "
            "customers or technology. The raised guidance suggests the industrial-chip slump is ending. "
            "Investors will look for confirmation from the larger foundries next month."
        ),
        source="https://www.wirewatch.example/2026/06/16/kestrel-q2",
    ),
    # ------------------------------------------------------------ AI: major round
    Report(
        key="w25-halvard-round",
        feed="rss", post_id=61206, slug="halvard-ai-raises-4bn",
        published="2026-06-15T11:00:00+00:00",
        author="Tomasz Reiner",
        title="Halvard AI raises $4bn in round led by Gulf sovereign funds",
        tags=["AI", "Funding", "Venture capital"],
        fields=["ai"], kind="funding-round", weight="major",
        headline=Amt("USD", 4_000_000_000, "$4bn"),
        incidental=[
            Amt("USD", 60_000_000_000, "$60bn", "valuation"),
            Amt("USD", 1_200_000_000, "$1.2bn", "past-funding"),
            Amt("USD", 1_500_000_000, "$1.5bn", "deal-component"),
        ],
        notes="Headline $4bn. The $60bn valuation and the $1.5bn compute-credit tranche inside the round "
              "are not the news; $1.2bn is last year's round.",
        kf_heading="The essentials", markup="h3", box="div", comments="h3",
        key_findings=[
            "Halvard AI, the Copenhagen developer of the Skald family of language models, has raised $4bn, "
            "valuing it at $60bn. The round was led by two Gulf sovereign wealth funds, with existing "
            "investors taking part. About $1.5bn of the total arrives as cloud-computing credits rather "
            "than cash. It is the largest private round for a European AI company.",
        ],
        details_heading="What the money buys",
        details=[
            "Compute: Halvard plans to triple its training capacity by mid-2027.",
            "Headcount: from 700 to about 1,500 staff, half of them in research.",
            "Products: a new reasoning model is due before the end of the year.",
        ],
        background=(
            "Halvard was founded in 2023 by three former university researchers and raised $1.2bn last year. "
            "Its Skald models are popular with European banks and public bodies that want suppliers subject "
            "to EU law. It has so far lagged the large US labs on benchmark scores. Sovereign funds have "
            "become the biggest backers of frontier AI outside the US."
        ),
        outlook=(
            "The round gives Halvard the resources to compete at the frontier for at least two model "
            "generations. It also makes Gulf investors significant shareholders in Europe's leading AI lab, "
            "which may draw scrutiny in Brussels. The compute-credit tranche ties Halvard closer to one cloud "
            "provider. Rivals in Paris and London are expected to try to raise in response."
        ),
        source="https://www.citywire-tech.example/2026/06/15/halvard-4bn",
    ),
    # ------------------------------------------------------------ AI: "said to" rumour flash
    Report(
        key="w25-meridex-said-to",
        feed="rss", post_id=61207, slug="meridex-said-to-explore-sale-of-vision-ai-unit",
        published="2026-06-17T14:22:00+00:00",
        author="Newsdesk",
        title="*MERIDEX SAID TO EXPLORE SALE OF VISION-AI UNIT FOR ABOUT $3BN",
        tags=["AI", "Computer vision", "M&A"],
        fields=["ai"], kind="other", weight="minor",
        incidental=[Amt("USD", 3_000_000_000, "$3BN", "valuation")],
        cue_traps=["said to (an unconfirmed report, not an agreed deal)"],
        notes="Own trap: a rumour flash with a deal-sized figure. Nothing is agreed; the $3BN is the price "
              "the seller is said to hope for. An editor might call it notable, but the field is a "
              "must-read on Halvard either way.",
        kf_heading="", markup="plain", box="p", comments="none",
        key_findings=[
            '*MERIDEX SAID TO EXPLORE SALE OF VISION-AI UNIT FOR ABOUT $3BN.',
            '*MERIDEX SAID TO HAVE HIRED ADVISERS; NO DECISION MADE.',
            '*MERIDEX DECLINES TO COMMENT.',
        ], kf_bullets=True,
        details_heading="Details",
        details=[
            "Unit: Meridex Vision sells image-recognition software to retailers and logistics groups.",
            "Process: people familiar with the matter say early talks with private-equity firms have begun.",
            "Caveat: Meridex could decide to keep the unit or spin it off instead.",
        ],
        background=(
            "Meridex, a US industrial-software group, has been under pressure from an activist investor to "
            "simplify. Its vision unit grew 14% last year. Several software conglomerates have sold "
            "non-core AI units this year. None of these talks has yet produced a signed agreement."
        ),
        outlook=(
            "Until a buyer and a price are agreed, this is market chatter. Unconfirmed reports of this kind "
            "often come to nothing. If a sale happens, it would be one of the larger AI software disposals "
            "of the year. We will report any agreement."
        ),
        source="https://www.wirewatch.example/2026/06/17/meridex-vision-sale-talk",
    ),
    # ------------------------------------------------------------ AI + HPC: Ledger column
    Report(
        key="w25-lex-ai-capex",
        feed="rss", post_id=61208, slug="lex-ai-capex-needs-bigger-customer",
        published="2026-06-18T05:45:00+00:00",
        author="The Ledger",
        title="Ledger: AI's capex binge needs a bigger customer",
        tags=["Artificial Intelligence", "Data centers", "Opinion"],
        fields=["ai", "hpc"], kind="opinion", weight="minor",
        wp_category="Opinion",
        incidental=[
            Amt("USD", 450_000_000_000, "$450bn", "sector-total"),
            Amt("USD", 90_000_000_000, "$90bn", "sector-total"),
        ],
        cue_traps=["breakthrough (generic)", "record (idiom: the record of past booms)"],
        notes="Cross-listed AI + HPC. Both figures are sector totals; no news.",
        kf_heading="", markup="strong", box="p", comments="p",
        key_findings=[
            "The big cloud groups will spend about $450bn on data centres this year. Their AI customers "
            "will pay them perhaps $90bn. The gap has to close, and this column argues it will close by "
            "spending falling rather than revenue rising.",
        ],
        details_heading="The numbers",
        details=[
            "Depreciation: servers bought this year will be written off over five or six years.",
            "Utilisation: operators do not disclose how busy their AI clusters are.",
            "Pricing: model prices per token have fallen by about 80% in a year.",
        ],
        background=(
            "Every infrastructure boom has overbuilt, and the record of past booms is not encouraging. "
            "Railways, fibre and shale all attracted capital faster than demand grew. Data-centre spending "
            "differs because the buyers are profitable giants. That makes a crash less likely but a "
            "slowdown more so."
        ),
        outlook=(
            "A technical breakthrough that cuts inference costs would help users and hurt the builders. "
            "Investors should watch capex guidance in the July results. The first company to cut will "
            "be punished by the market, and then followed. Ledger verdict: hold, not buy."
        ),
        source="https://www.citywire-tech.example/2026/06/18/column-ai-capex",
    ),
    # ------------------------------------------------------------ HPC: system in service (notable)
    Report(
        key="w25-nordvik-in-service",
        feed="rss", post_id=61209, slug="nordvik-supercomputer-enters-service",
        published="2026-06-16T08:15:00+00:00",
        author="Ingrid Holm",
        title="Nordvik supercomputer enters service at 1.4 exaflops",
        tags=["Supercomputing", "Exascale"],
        fields=["hpc"], kind="launch", weight="notable",
        incidental=[Amt("EUR", 480_000_000, "€480m", "system-cost")],
        cue_traps=["first users (not a first of anything)"],
        notes="A significant system entering service: notable. The €480m is its cost, not a deal.",
        markup="h2", box="div", comments="h2",
        key_findings=[
            "Nordvik, the Nordic research consortium's new supercomputer in Kajaani, has entered full "
            "service. It reached 1.4 exaflops on the standard double-precision benchmark during acceptance "
            "tests. The first users are climate modellers and a materials-science group.",
        ],
        details_heading="Under the bonnet",
        details=[
            "Nodes: 5,200, each with four accelerators and one Arm processor.",
            "Cooling: direct liquid cooling, with waste heat sold to the town's district-heating network.",
            "Power: about 21 megawatts at full load, all from hydro and wind.",
            "Access: 60% of hours go to consortium members, the rest to open calls.",
        ],
        background=(
            "The machine was approved in 2023 and cost €480m, shared between four governments and the EU. "
            "It replaces a system that had been in service since 2019. Acceptance slipped by four months "
            "because of a cooling-pump fault. Europe now has three machines above one exaflop."
        ),
        outlook=(
            "Nordvik gives Nordic researchers access to exascale capacity without queuing for other "
            "countries' machines. Its heat-reuse contract is a model other sites are watching. It does "
            "not change the global ranking at the top. The first large climate runs should finish by autumn."
        ),
        source="https://www.hpcdispatch.example/2026/06/16/nordvik-in-service",
    ),
    # ------------------------------------------------------------ quantum: Big Read feature
    Report(
        key="w25-big-read-quantum-money",
        feed="rss", post_id=61210, slug="big-read-quantum-money-ahead-of-machines",
        published="2026-06-20T07:00:00+00:00",
        author="Harriet Osei",
        title="The Big Read: Has quantum computing's money run ahead of its machines?",
        tags=["Quantum computing", "Big Read"],
        fields=["quantum"], kind="opinion", weight="minor",
        wp_category="Opinion",
        incidental=[
            Amt("USD", 40_000_000_000, "$40bn", "sector-total"),
            Amt("USD", 2_100_000_000, "$2.1bn", "past-funding"),
        ],
        cue_traps=["breakthrough (generic)", "record (track record)", "first (first quarter as a date)"],
        notes="A long feature with no news. $40bn is public and private funding since 2020; $2.1bn a "
              "company's past raise.",
        kf_heading="", details_heading="What we found", markup="h3", box="div", comments="h3",
        key_findings=[
            "Governments and investors have put roughly $40bn into quantum computing since 2020. Few of "
            "the companies they backed have a track record of revenue. This feature asks whether the "
            "money has run ahead of the machines, and finds the answer depends on which machines.",
        ],
        details=[
            "Revenue: most listed quantum companies earn more from government research contracts than from "
            "customers.",
            "Hardware: error rates have improved steadily, but no company has run a useful algorithm "
            "faster than a classical computer.",
            "Investors: one neutral-atom company raised $2.1bn in the first quarter, more than it has earned "
            "since its founding.",
        ],
        background=(
            "Quantum computing has been five years away for about twenty years. The difference now is "
            "scale: the money has grown tenfold in a decade. Public programmes in the US, China and Europe "
            "are the largest backers. Private investors followed after a handful of listings in 2021."
        ),
        outlook=(
            "A breakthrough in error correction would justify much of the spending. Without one, "
            "consolidation is likely within three years. Investors should ask for milestones, not "
            "roadmaps. The companies with government customers are best placed to survive a downturn."
        ),
        source="https://www.citywire-tech.example/2026/06/20/big-read-quantum",
    ),
    # ------------------------------------------------------------ biotech: phase 3 (notable)
    Report(
        key="w25-tessaly-phase3",
        feed="rss", post_id=61211, slug="tessaly-heart-failure-drug-phase-3",
        published="2026-06-17T06:50:00+00:00",
        author="Dr. Anaya Brooks",
        title="Tessaly's heart-failure pill cuts hospital admissions by 24% in 9,000-patient trial",
        tags=["Biotech", "Clinical trials", "Cardiology"],
        fields=["biotech"], kind="research-result", weight="notable",
        incidental=[Amt("USD", 1_100_000_000, "$1.1bn", "past-deal")],
        cue_traps=["approval (to be sought, not granted)", "regulators (filing planned)"],
        notes="A large phase 3 study: notable, not major (no approval yet). $1.1bn is what Tessaly paid for "
              "the drug in 2023.",
        markup="h2", box="div", comments="h2",
        key_findings=[
            "Tessaly Therapeutics' oral drug TSL-44 cut hospital admissions for heart failure by 24% "
            "compared with placebo in a phase 3 trial of about 9,000 patients. Deaths from cardiovascular "
            "causes fell by 11%, a difference that was not statistically significant. Tessaly plans to "
            "file with US and European regulators by the end of the year.",
        ],
        details_heading="Trial design",
        details=[
            "Patients: adults with heart failure and reduced ejection fraction, on standard therapy.",
            "Follow-up: a median of 26 months.",
            "Safety: low blood pressure was more common with TSL-44 (6% against 4%).",
        ],
        background=(
            "Heart failure affects about 64 million people worldwide, and hospital admissions drive most "
            "of its cost. TSL-44 works on a different pathway from existing drugs. Tessaly acquired it in "
            "2023 for $1.1bn from a Japanese drugmaker. Two earlier drugs in the class failed on safety."
        ),
        outlook=(
            "The result is clinically meaningful, but the lack of a mortality benefit will limit how "
            "widely cardiologists adopt it. Approval is likely but not certain, and a decision is not "
            "expected before 2027. Pricing will decide whether health systems pay for it. The full data "
            "will be presented at a cardiology congress in August."
        ),
        source="https://www.pharmapost.example/2026/06/17/tessaly-tsl-44-phase-3",
    ),
    # ------------------------------------------------------------ energy: Ledger column
    Report(
        key="w25-column-grid-batteries",
        feed="rss", post_id=61212, slug="column-grid-batteries-record-year-price-war",
        published="2026-06-19T06:00:00+00:00",
        author="The Ledger",
        title="Ledger: Grid batteries' record year hides a price war",
        tags=["Batteries", "Energy storage", "Opinion"],
        fields=["energy"], kind="opinion", weight="minor",
        wp_category="Opinion",
        incidental=[Amt("EUR", 30_000_000_000, "€30bn", "sector-total")],
        cue_traps=["record (a record year of installations, not a certified record)"],
        notes="Opinion with a sector total.",
        kf_heading="", markup="strong", box="p", comments="p",
        key_findings=[
            "Europe will install a record amount of grid storage this year, worth about €30bn. Developers "
            "will not enjoy it. Cell prices have halved in two years and the margins on arbitrage trading "
            "are collapsing as more batteries compete for the same price spikes.",
        ],
        details_heading="The numbers",
        details=[
            "Cells: prices are at their lowest ever, with Chinese suppliers cutting further.",
            "Revenues: arbitrage income per megawatt fell by about a third last year in Britain and Germany.",
            "Contracts: fewer developers can secure long-term offtake agreements.",
        ],
        background=(
            "Grid batteries have been the fastest-growing part of the energy system for three years. "
            "Cheap cells have made projects easy to build. The revenue side has not kept up. Several "
            "developers have already put projects up for sale."
        ),
        outlook=(
            "Consolidation is coming, and the buyers will be utilities with balance sheets. Regulators "
            "could help by paying for capacity, but none has said it will. For investors, the "
            "opportunity is in buying distressed projects, not building new ones. Ledger verdict: sell "
            "the developers."
        ),
        source="https://www.citywire-tech.example/2026/06/19/column-grid-batteries",
    ),
    # ------------------------------------------------------------ energy: slip
    Report(
        key="w25-brannock-slip",
        feed="rss", post_id=61213, slug="brannock-offshore-wind-financial-close-slips",
        published="2026-06-18T10:40:00+00:00",
        author="Owen Pritchard",
        title="Brannock offshore wind farm pushes financial close to 2027",
        tags=["Renewables", "Offshore wind"],
        fields=["energy"], kind="other", weight="minor",
        incidental=[Amt("GBP", 3_400_000_000, "£3.4bn", "cost-estimate")],
        cue_traps=["first power (a future date)"],
        notes="A delay: nothing is financed, built or agreed. £3.4bn is the project's estimated cost.",
        markup="h3", box="p", comments="h3",
        key_findings=[
            "The developers of Brannock, a 1.2-gigawatt wind farm planned off the Northumberland coast, "
            "have pushed its financial close from this autumn to the first half of 2027. They blamed "
            "higher turbine prices and a delayed grid connection. First power is now expected in 2030, "
            "a year later than planned.",
        ],
        details_heading="What changed",
        details=[
            "Turbines: the supplier has asked to reprice the reservation agreement.",
            "Grid: the onshore substation will be ready 14 months later than promised.",
            "Cost: the developers now put the total at £3.4bn, up 12% on last year's estimate.",
        ],
        background=(
            "Brannock won a contract for difference in last year's auction. Several offshore projects in "
            "Britain and the US have been delayed or cancelled since 2023 because of inflation. Developers "
            "have asked for higher strike prices. The government has so far refused to reopen past awards."
        ),
        outlook=(
            "A delay of this kind is common and does not put the project in doubt. The bigger risk is "
            "that other projects from the same auction slip too. That would make the government's 2030 "
            "target harder to meet. The developers will update investors in September."
        ),
        source="https://www.energytrader.example/2026/06/18/brannock-delay",
    ),
    # ------------------------------------------------------------ space: maiden orbital launch (major)
    Report(
        key="w25-skara-maiden-orbit",
        feed="rss", post_id=61214, slug="halcyon-skara-reaches-orbit-maiden-flight",
        published="2026-06-19T21:30:00+00:00",
        author="Mateo Ferrán",
        title="Halcyon's Skara rocket reaches orbit on maiden flight",
        tags=["Launch vehicles", "Space", "Scandinavia"],
        fields=["space"], kind="launch", weight="major",
        incidental=[
            Amt("USD", 900_000_000, "$900m", "past-funding"),
            Amt("USD", 4_000_000_000, "$4bn", "valuation"),
        ],
        cue_traps=["approval (licence granted last month)"],
        notes="Maiden orbital flight: major. $900m raised to date and the $4bn valuation are background.",
        markup="h2", box="div", comments="h2",
        key_findings=[
            "Halcyon Aerospace's Skara rocket reached orbit on its first flight from Andøya in Norway on "
            "Friday evening. It placed two small test satellites into a 520km sun-synchronous orbit. It "
            "is the first orbital launch by a rocket built in the Nordic countries.",
        ],
        details_heading="Flight facts",
        details=[
            "Vehicle: two stages, methane-fuelled, able to lift about 1,000kg to low orbit.",
            "Flight: stage separation at 2 minutes 40 seconds; orbit confirmed after 9 minutes.",
            "Payloads: two demonstration cubesats from Nordic universities, both in contact.",
        ],
        background=(
            "Halcyon was founded in Gothenburg in 2019 and has raised $900m, most recently at a $4bn "
            "valuation. Norway's aviation authority granted the launch licence last month. Two other "
            "European start-ups have tried to reach orbit this year and failed. Europe has depended on "
            "a single large rocket for most of its launches."
        ),
        outlook=(
            "A successful maiden flight is rare and makes Halcyon a credible supplier to European "
            "governments that want sovereign small-satellite launch. The company plans four flights next "
            "year. Its next test is the reliability of a second flight. Competitors will now face more "
            "pressure from investors."
        ),
        source="https://www.orbitledger.example/2026/06/19/skara-maiden-orbit",
    ),
    # ------------------------------------------------------------ space: denial flash
    Report(
        key="w25-orbitra-denies",
        feed="rss", post_id=61215, slug="orbitra-denies-talks-to-buy-satellite-maker",
        published="2026-06-16T13:05:00+00:00",
        author="Newsdesk",
        title="*ORBITRA DENIES REPORT IT IS IN TALKS TO BUY SATELLITE MAKER VESKA",
        tags=["Satellites", "M&A"],
        fields=["space"], kind="other", weight="minor",
        cue_traps=["talks to buy (denied, no deal)"],
        notes="Own trap: a denial. A deal word in the title, and no deal.",
        kf_heading="", markup="plain", box="p", comments="none",
        key_findings=[
            '*ORBITRA SAYS IT IS NOT IN TALKS TO BUY VESKA.',
            "*ORBITRA: REPORT OF APPROACH IS 'WITHOUT FOUNDATION'.",
            '*VESKA SHARES GIVE UP MORNING GAIN.',
        ], kf_bullets=True,
        details_heading="Details",
        details=[
            "Report: a trade newsletter said on Monday that Orbitra had approached Veska.",
            "Response: Orbitra's statement came before the market opened.",
            "Veska: declined to comment.",
        ],
        background=(
            "Orbitra operates Earth-observation satellites and buys its spacecraft from several suppliers. "
            "Veska builds small satellite buses in Toulouse. Consolidation among European satellite makers "
            "is widely expected. Neither company has announced any agreement."
        ),
        outlook=(
            "A denial this firm makes a near-term offer unlikely. Under takeover rules a company that denies "
            "interest is usually bound for six months. Veska's independence is intact. Nothing here changes "
            "the field's news."
        ),
        source="https://www.wirewatch.example/2026/06/16/orbitra-denies",
    ),
    # ------------------------------------------------------------ cyber: exploited flaw (notable)
    Report(
        key="w25-gatewise-exploited",
        feed="rss", post_id=61216, slug="gatewise-firewall-flaw-exploited",
        published="2026-06-15T15:20:00+00:00",
        author="Sam Adeyemi",
        title="Gatewise patches firewall flaw already exploited by attackers",
        tags=["Cybersecurity", "Vulnerabilities"],
        fields=["cybersecurity"], kind="patch-release", weight="notable",
        cue_traps=["first (first exploited, a date)", "CISA (an agency, not a regulation)"],
        notes="An actively exploited vulnerability: notable even though it arrives as a patch.",
        markup="h3", box="div", comments="h3",
        key_findings=[
            "Gatewise has released fixes for a critical flaw in its EdgeWall firewalls that lets an "
            "unauthenticated attacker run code on the device. Attackers were first seen exploiting it in "
            "early June, before a patch existed. CISA has added the flaw to its catalogue of known "
            "exploited vulnerabilities and ordered federal agencies to patch within a week.",
        ],
        details_heading="The flaw",
        details=[
            "Identifier: CVE-2026-31877, rated 9.8 out of 10.",
            "Affected: EdgeWall OS versions 8.0 to 8.4 with the remote-access portal enabled.",
            "Indicators: Gatewise has published signatures of the web shells found on compromised devices.",
        ],
        background=(
            "Edge devices such as firewalls and VPN gateways have become the favourite entry point for "
            "state-backed and criminal groups. Gatewise, a mid-sized vendor, is used by many local "
            "governments and hospitals. It had two similar flaws last year. Scanning suggests about 18,000 "
            "devices are exposed online."
        ),
        outlook=(
            "Organisations running the affected versions should patch now and check for signs of "
            "compromise, because patching does not remove an existing web shell. More victims are likely "
            "to be disclosed in the coming weeks. The incident will add to pressure for secure-by-design "
            "rules for network equipment. Gatewise has promised an independent code review."
        ),
        source="https://www.securityherald.example/2026/06/15/gatewise-edgewall-exploited",
    ),
    # ------------------------------------------------------------ cyber: ransom-demand flash
    Report(
        key="w25-bramley-ransom",
        feed="rss", post_id=61217, slug="bramley-health-ransomware-40m-demand",
        published="2026-06-18T16:45:00+00:00",
        author="Newsdesk",
        title="*BRAMLEY HEALTH SAYS HACKERS DEMANDED $40M AFTER RANSOMWARE ATTACK",
        tags=["Ransomware", "Healthcare"],
        fields=["cybersecurity"], kind="other", weight="minor",
        incidental=[Amt("USD", 40_000_000, "$40M", "ransom-demand")],
        notes="A routine incident; the $40M is a demand, not a payment, deal or fine.",
        kf_heading="", markup="plain", box="p", comments="none",
        key_findings=[
            '*BRAMLEY HEALTH SAYS HACKERS DEMANDED $40M AFTER RANSOMWARE ATTACK.',
            '*BRAMLEY SAYS IT WILL NOT PAY; CLINICS OPEN, SOME SCANS DELAYED.',
            '*BRAMLEY: PATIENT DATA MAY HAVE BEEN TAKEN.',
        ], kf_bullets=True,
        details_heading="Details",
        details=[
            "Scope: scheduling and imaging systems at 11 clinics in Ohio.",
            "Response: outside investigators hired; the FBI informed.",
            "Group: a known ransomware gang has claimed the attack on its leak site.",
        ],
        background=(
            "Healthcare providers are the most frequent targets of ransomware in the US. Most attacks "
            "disrupt care for days rather than weeks. Demands are usually far higher than any payment. "
            "Bramley runs 40 outpatient clinics."
        ),
        outlook=(
            "An unpleasant but ordinary incident. It is not known how the attackers got in. Patients may "
            "be notified of data theft within 60 days. We will follow up only if the cause proves novel."
        ),
        source="https://www.wirewatch.example/2026/06/18/bramley-ransomware",
    ),
    # ------------------------------------------------------------ unfiled: fintech round
    Report(
        key="w25-paylume-round",
        feed="rss", post_id=61218, slug="paylume-raises-45m",
        published="2026-06-17T09:10:00+00:00",
        author="Tomasz Reiner",
        title="Paylume raises €45m to expand instant-payments app",
        tags=["Fintech", "Payments", "Funding"],
        fields=[], kind="funding-round", weight="minor",
        headline=Amt("EUR", 45_000_000, "€45m"),
        notes="Unfiled: fintech matches no field.",
        kf_heading="The essentials", markup="h2", box="div", comments="h2",
        key_findings=[
            "Paylume, a Lisbon payments start-up, has raised €45m. The money will take its instant-payments "
            "app into Spain and Italy. Existing investors led the round.",
        ],
        details=[
            "Users: 2.3 million, mostly in Portugal.",
            "Product: account-to-account payments at shop tills.",
            "Staff: from 180 to 260 by next year.",
        ],
        background=(
            "European instant-payment rules have opened room for apps that bypass card networks. Paylume "
            "is one of several start-ups chasing the opportunity. Banks are building rival schemes. "
            "Merchants like the lower fees."
        ),
        outlook=(
            "A modest round in a crowded market. Expansion into Spain will test whether merchants switch. "
            "Card networks will respond with lower fees. Consolidation is likely."
        ),
        source="https://www.citywire-tech.example/2026/06/17/paylume",
    ),
    # ------------------------------------------------------------ partner: quantum + HPC webinar
    Report(
        key="w25-webinar-quantum-hpc",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0612",
        link="https://briefs.lindqvist-research.example/2026/06/webinar-quantum-hpc-integration",
        published="2026-06-14T21:10:00-05:00",
        author="Lindqvist Events",
        title="Webinar, 25 June: plugging quantum processors into supercomputers",
        tags=["Quantum", "HPC", "Webinars"],
        fields=["quantum", "hpc"], kind="webinar-event", weight="minor",
        cue_traps=["organised in partnership with (not a partnership deal)"],
        notes="Cross-listed. 21:10 -05:00 on Sunday 14 June is 02:10 UTC on Monday 15 June (W25).",
        atom_markup="strong",
        key_findings=[
            "A one-hour webinar on 25 June, organised in partnership with two European computing centres, "
            "on scheduling quantum jobs alongside classical workloads.",
        ],
        outlook="Useful for centre operators; no announcements are expected.",
        source="https://events.lindqvist-research.example/quantum-hpc-june",
    ),
    # ------------------------------------------------------------ partner: biotech share flash (follow-up)
    Report(
        key="w25-tessaly-shares-jump",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0613",
        link="https://briefs.lindqvist-research.example/2026/06/tessaly-shares-jump",
        published="2026-06-17T17:40:00+02:00",
        author="Lindqvist Briefing Desk",
        title="TESSALY SHARES JUMP 12% AFTER HEART-FAILURE TRIAL",
        tags=["Biotech", "Markets"],
        fields=["biotech"], kind="follow-up", weight="minor",
        follows_up="w25-tessaly-phase3", adds_news=False,
        incidental=[Amt("USD", 3_200_000_000, "$3.2bn", "market-value-change")],
        notes="Own trap: the market's reaction to the same day's trial result. The $3.2bn is market value "
              "added, not money raised or paid.",
        atom_markup="plain",
        key_findings=[
            "Tessaly Therapeutics' shares rose 12% on Wednesday, adding about $3.2bn to its market value, "
            "after its phase 3 heart-failure result. Analysts raised sales forecasts; there was no new data.",
        ],
        outlook="The trial report itself is the story; this is the market agreeing with it.",
        source="https://www.wirewatch.example/2026/06/17/tessaly-shares",
    ),
    # ------------------------------------------------------------ partner: AI point release
    Report(
        key="w25-loom-point-release",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0614",
        link="https://briefs.lindqvist-research.example/2026/06/loom-2-4-1",
        published="2026-06-16T10:00:00+01:00",
        author="Lindqvist Briefing Desk",
        title="Tarnwell ships Loom 2.4.1 with faster long-context inference",
        tags=["Machine Learning", "Open source"],
        fields=["ai"], kind="patch-release", weight="minor",
        cue_traps=["launch (used loosely for a point release)"],
        atom_markup="h4",
        key_findings=[
            "Tarnwell has released Loom 2.4.1, a point release of its open-source model-serving library.",
            "Long-context requests run about 15% faster; two memory leaks are fixed.",
        ],
        kf_bullets=True,
        outlook="A routine release; users on 2.4 should upgrade at their next launch window.",
        source="https://code.tarnwell.example/loom/releases/2.4.1",
    ),
    # ------------------------------------------------------------ partner: cyber office opening
    Report(
        key="w25-sentrix-dublin",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0615",
        link="https://briefs.lindqvist-research.example/2026/06/sentrix-dublin-office",
        published="2026-06-18T09:00:00+03:00",
        author="Lindqvist Briefing Desk",
        title="Sentrix opens Dublin office, its first in the EU",
        tags=["Cyber Security", "Expansion"],
        fields=["cybersecurity"], kind="hiring", weight="minor",
        incidental=[Amt("USD", 1_800_000_000, "$1.8bn", "valuation")],
        cue_traps=["first (first EU office)"],
        notes="Office opening; the $1.8bn is Sentrix's last valuation.",
        atom_markup="h4",
        key_findings=[
            "Sentrix, the identity-security firm last valued at $1.8bn, has opened a Dublin office with 40 "
            "staff, its first in the EU, to serve European banks.",
        ],
        background="Sentrix already has offices in London and Austin. It plans to reach 120 staff in Dublin by 2028.",
        outlook="An expansion, not a product or a deal.",
        source="https://www.securityherald.example/2026/06/18/sentrix-dublin",
    ),
    # ------------------------------------------------------------ partner: energy forecast
    Report(
        key="w25-heat-pump-forecast",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0616",
        link="https://briefs.lindqvist-research.example/2026/06/heat-pump-forecast",
        published="2026-06-20T12:00:00Z",
        author="Lindqvist Research Desk",
        title="*EUROPE HEAT-PUMP SALES COULD REACH €60BN BY 2030: SURVEY",
        tags=["Clean Energy", "Heating"],
        fields=["energy"], kind="forecast", weight="minor",
        incidental=[Amt("EUR", 60_000_000_000, "€60BN", "forecast")],
        cue_traps=["record (a record year in 2022, history)"],
        atom_markup="strong",
        key_findings=[
            "A survey of manufacturers forecasts that European heat-pump sales could reach €60BN a year by "
            "2030, three times today's level, after two years of decline from a record 2022.",
        ],
        outlook="A forecast, resting on subsidy schemes that several governments are reviewing.",
        source="https://www.energytrader.example/2026/06/20/heat-pump-survey",
    ),
    # ------------------------------------------------------------ partner: syndicated copy of the launch
    Report(
        key="w25-skara-syndicated",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0617",
        link="https://troy-technical.example/2026/06/19/halcyon-skara-reaches-orbit-maiden-flight/"
             "?utm_source=lindqvist&utm_medium=partner&utm_campaign=briefs-w25",
        published="2026-06-20T08:00:00+02:00",
        author="Mateo Ferrán",
        title="Halcyon's Skara rocket reaches orbit on maiden flight",
        tags=["Launch vehicles", "Space"],
        fields=["space"], kind="launch", weight="major",
        syndicates="w25-skara-maiden-orbit",
        notes="Syndicated copy of the site report; counts once.",
        key_findings=[
            "Halcyon Aerospace's Skara rocket reached orbit on its first flight from Andøya in Norway, "
            "placing two test satellites in a 520km orbit.",
        ],
        outlook="A credible new European small-launch supplier.",
        source="https://troy-technical.example/2026/06/19/halcyon-skara-reaches-orbit-maiden-flight/",
    ),
    # ------------------------------------------------------------ partner: unfiled robotics
    Report(
        key="w25-harvo-robots",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0618",
        link="https://briefs.lindqvist-research.example/2026/06/harvo-picking-robots",
        published="2026-06-22T01:30:00+03:00",
        author="Lindqvist Briefing Desk",
        title="Harvo puts fruit-picking robots on sale to UK growers",
        tags=["Robotics", "Agtech"],
        fields=[], kind="product-release", weight="minor",
        cue_traps=["launch (commercial launch of a farm robot)", "first (first commercial season)"],
        notes="Unfiled: robotics and agtech match no field. 01:30 +03:00 on Monday 22 June is 22:30 UTC on "
              "Sunday 21 June (W25).",
        atom_markup="plain",
        key_findings=[
            "Harvo has launched its strawberry-picking robot for sale to UK growers after two trial seasons; "
            "this will be its first commercial season.",
        ],
        outlook="Labour shortages make the pitch easy; picking speed is still below a skilled worker's.",
        source="https://www.farmtechdaily.example/2026/06/21/harvo-launch",
    ),
]

FIELDS = {
    "quantum": FieldWeek(
        verdict="skip",
        reason="Skip: only a Big Read on whether quantum's funding has outrun its machines and a webinar "
               "notice; no results, deals or launches.",
        must_not_lead=[],
        notes="Quiet field. The $40bn in the feature is a sector total since 2020.",
    ),
    "ai": FieldWeek(
        verdict="must-read",
        reason="Must read: Halvard AI raised $4bn at a $60bn valuation, the largest private round for a "
               "European AI company.",
        top1="w25-halvard-round",
        top3=["w25-halvard-round"], top3_order="first-only",
        must_not_lead=["w25-meridex-said-to", "w25-lex-ai-capex"],
        reason_amount=Amt("USD", 4_000_000_000, "$4bn"),
        notes="The Meridex flash carries a $3BN figure but is an unconfirmed report; the column's $450bn is "
              "a sector total.",
    ),
    "hpc": FieldWeek(
        verdict="worth-a-skim",
        reason="Worth a skim: the Nordvik supercomputer entered service at 1.4 exaflops in Kajaani.",
        top1="w25-nordvik-in-service",
        top3=["w25-nordvik-in-service"], top3_order="first-only",
        must_not_lead=["w25-lex-ai-capex"],
        notes="The €480m is Nordvik's cost, not a deal; the reason may omit it.",
    ),
    "semiconductors": FieldWeek(
        verdict="must-read",
        reason="Must read: Castellan agreed to buy Bristol chip designer Pellow for £2bn in cash, 41% above "
               "its share price.",
        top1="w25-castellan-pellow",
        top3=["w25-castellan-pellow", "w25-kestrel-q2-revenue"], top3_order="strict",
        must_not_lead=["w25-kestrel-q2-revenue"],
        reason_amount=Amt("GBP", 2_000_000_000, "£2bn"),
        notes="The $2.7bn in brackets is a conversion of the same £2bn; a reason quoting it names the right "
              "deal but the labelled figure is £2bn. Kestrel's $1.1BN is quarterly revenue.",
    ),
    "biotech": FieldWeek(
        verdict="worth-a-skim",
        reason="Worth a skim: Tessaly's heart-failure pill TSL-44 cut hospital admissions by 24% in a "
               "9,000-patient phase 3 trial.",
        top1="w25-tessaly-phase3",
        top3=["w25-tessaly-phase3", "w25-tessaly-shares-jump"], top3_order="strict",
        must_not_lead=["w25-tessaly-shares-jump"],
        notes="The share flash's $3.2bn is market value added; the trial has no headline amount.",
    ),
    "energy": FieldWeek(
        verdict="skip",
        reason="Skip: a grid-battery column, a delayed offshore wind farm and a heat-pump sales forecast; "
               "no projects financed, results or policy.",
        must_not_lead=["w25-heat-pump-forecast", "w25-brannock-slip"],
        notes="£3.4bn (a cost estimate), €30bn (a sector total) and €60BN (a forecast) are all incidental.",
    ),
    "space": FieldWeek(
        verdict="must-read",
        reason="Must read: Halcyon's Skara rocket reached orbit on its maiden flight from Andøya, the first "
               "orbital launch of a Nordic-built rocket.",
        top1="w25-skara-maiden-orbit",
        top3=["w25-skara-maiden-orbit", "w25-orbitra-denies"], top3_order="strict",
        must_not_lead=["w25-orbitra-denies"],
        notes="The Atom copy of the launch is syndicated and counts once.",
    ),
    "cybersecurity": FieldWeek(
        verdict="worth-a-skim",
        reason="Worth a skim: Gatewise patched an EdgeWall firewall flaw that attackers were already "
               "exploiting; CISA gave agencies a week to patch.",
        top1="w25-gatewise-exploited",
        top3=["w25-gatewise-exploited"], top3_order="first-only",
        must_not_lead=["w25-bramley-ransom", "w25-sentrix-dublin"],
        notes="The $40M is a ransom demand and the $1.8bn a valuation.",
    ),
}
