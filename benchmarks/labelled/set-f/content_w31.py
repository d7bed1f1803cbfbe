"""2026-W31 (Mon 27 Jul - Sun 2 Aug 2026): reports, and the editor's judgement per field.

House style: a science-news desk mixed with terse corporate briefs. Everything is invented; public
bodies (FDA, the Office for Nuclear Regulation, CISA, ENISA) are real names used in invented stories.
Every figure is invented for this set.
"""

from model import Amt, FieldWeek, Report

WEEK = "2026-W31"

NOTES = (
    "Biotech's lead is the FDA's accelerated approval of NVR-114, a follow-up with real news after last "
    "week's advisory vote. Energy is led by the first site licence for a small modular reactor. "
    "Semiconductors has a €3.4bn takeover (syndicated in the partner feed). AI is quiet: a point release, "
    "a preprint, a column and a follow-up that restates last week's €4.2bn. Quantum is a skip: a "
    "correction, a forecast and a non-answer from Quorra. The antibody preprint is filed under AI and "
    "biotech."
)

P = "https://briefs.lindqvist-research.example/2026/07/"
PA = "https://briefs.lindqvist-research.example/2026/08/"

REPORTS = [
    # ------------------------------------------------------------------ biotech: approval, follow-up with news
    Report(
        key="w31-fda-approves-nvr-114",
        feed="rss", post_id=51301, slug="fda-accelerated-approval-noveris-nvr-114",
        published="2026-07-31T21:45:00+00:00",
        author="Dr Alice Moreau",
        title="Agency grants accelerated approval to Noveris gene therapy for Wilson's disease",
        tags=["Gene therapy", "Biotechnology", "FDA"],
        fields=["biotech"], kind="approval", weight="major",
        follows_up="w30-noveris-adcomm", adds_news=True,
        incidental=[Amt("USD", 2_600_000, "$2.6m", "price"), Amt("USD", 410_000_000, "$410m", "past-funding")],
        cue_traps=["accelerated (conditional on a confirmatory trial, still an approval)"],
        notes="The first gene therapy for Wilson's disease; accelerated approval is conditional, but it is "
              "an approval of a first-of-its-kind product. $2.6m is the list price, $410m past funding.",
        markup="h2", box="div", comments="h2", kf_heading="The decision",
        key_findings=[
            "The US Food and Drug Administration has granted accelerated approval to Noveris Therapeutics' "
            "NVR-114 for adults with Wilson's disease. It is the first gene therapy for the condition. "
            "The approval is conditional on a randomised confirmatory trial, which must report by 2030. "
            "Noveris set a list price of $2.6m for the one-time infusion.",
        ],
        details_heading="Label",
        details=[
            "Population: adults whose disease is controlled on chelation drugs and who have no advanced "
            "liver scarring.",
            "Monitoring: liver tests every two weeks for the first three months, as the advisers asked.",
            "Evidence: the single-arm study of 38 patients, in which 29 stopped chelation drugs for a year.",
        ],
        background=(
            "Last week the FDA's advisory committee voted 11 to 2 in favour of the therapy. Accelerated "
            "approval lets the agency approve drugs on early evidence for serious diseases, on condition "
            "that a later trial confirms the benefit. Noveris raised $410m before its trial read out."
        ),
        outlook=(
            "Patients gain a possible one-time treatment for a lifelong disease. The price will test how "
            "insurers pay for one-time therapies for rare conditions. If the confirmatory trial fails, the "
            "FDA can withdraw the approval."
        ),
        source="https://www.biopharma-desk.example/2026/07/31/noveris-approval",
    ),
    Report(
        key="w31-senolytic-retraction",
        feed="rss", post_id=51302, slug="retraction-senolytic-mouse-paper",
        published="2026-07-28T14:00:00+00:00",
        author="Tomas Lind",
        title="Retraction: journal withdraws influential 2024 paper on drug that cleared ageing cells in mice",
        tags=["Life sciences", "Research integrity"],
        fields=["biotech"], kind="other", weight="notable",
        incidental=[Amt("USD", 120_000_000, "$120m", "past-funding")],
        cue_traps=["breakthrough (the paper's own description, now withdrawn)"],
        notes="A retraction of a widely cited study that underpins a company's programme: notable. "
              "New trap: retraction.",
        markup="h3", box="p", comments="h2", kf_heading="What happened",
        key_findings=[
            "A leading biology journal has retracted a 2024 paper reporting that a senolytic compound "
            "cleared ageing cells and extended the lifespan of mice by 20%. The editors cite duplicated "
            "images in three figures. Two of the seven authors did not agree to the retraction.",
        ],
        details_heading="Details",
        details=[
            "Citations: the paper had been cited about 900 times.",
            "Investigation: the host university's inquiry is still open.",
            "Company: Evergale Bio licensed the compound and says its own data are unaffected.",
        ],
        background=(
            "The paper was billed at the time as a breakthrough for drugs that target ageing. Evergale raised "
            "$120m partly on the strength of it. Its phase 1 trial is running in Australia."
        ),
        outlook=(
            "Investors will ask Evergale for its independent data. The retraction does not show the drug "
            "fails, only that the key paper cannot be relied on. Other groups may now try to replicate the "
            "mouse result."
        ),
        source="https://www.sciencewire.example/2026/07/28/senolytic-retraction",
    ),
    # ------------------------------------------------------------------ AI + biotech: preprint
    Report(
        key="w31-antibody-preprint",
        feed="rss", post_id=51303, slug="preprint-protein-language-model-antibody-binding",
        published="2026-07-27T09:30:00+00:00",
        author="Dev Raman",
        title="Preprint: protein language model may predict antibody binding, in a small study",
        tags=["Machine learning", "Drug discovery", "Preprints"],
        fields=["ai", "biotech"], kind="research-result", weight="minor",
        notes="Not peer-reviewed, 212 antibodies, hedged throughout: minor in both fields.",
        markup="strong", box="div", comments="p", kf_heading="Key results", kf_bullets=True, kf_numbered=True,
        key_findings=[
            "A model trained on 40 million protein sequences ranked binders above non-binders 78% of the time.",
            "The test set had 212 antibodies against three targets.",
            "Results were weaker on a target the model had not seen.",
        ],
        details_heading="How it was done",
        details=[
            "Status: a preprint, not yet peer-reviewed.",
            "Authors: a group at the Lisbon Institute of Computational Biology.",
            "Code: released under an open licence.",
        ],
        background=(
            "Several groups are trying to use language models to cut the number of antibodies that must be "
            "tested in the lab. Published results have often failed on new targets. Small test sets make "
            "claims hard to compare."
        ),
        outlook=(
            "The result suggests the approach may help in screening, but the study is small. Peer review "
            "and a larger test set are needed. Drug companies are unlikely to change practice on this alone."
        ),
        source="https://www.sciencewire.example/2026/07/27/antibody-preprint",
    ),
    # ------------------------------------------------------------------ AI: quiet
    Report(
        key="w31-mirelle-point-release",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0750",
        link=P + "mirelle-3-1-2",
        published="2026-07-29T16:00:00+01:00",
        author="Henrik Aalto",
        title="Mirelle 3.1.2 cuts API latency and fixes a tool-calling bug",
        tags=["LLMs", "Releases"],
        fields=["ai"], kind="patch-release", weight="minor",
        incidental=[Amt("GBP", 8_000_000_000, "£8bn", "valuation")],
        atom_markup="h4", why_heading="What's next",
        key_findings=[
            "Mirelle AI has released version 3.1.2 of its model API, cutting median latency by about 15% and "
            "fixing a bug that repeated tool calls.",
        ],
        details=["Pricing: unchanged."],
        background="Mirelle, valued at £8bn, shipped version 3.1 in June.",
        outlook="A point release; the next major model is expected in the autumn.",
        source="https://www.mirelle.example/changelog/3.1.2",
    ),
    Report(
        key="w31-opinion-ai-capex",
        feed="rss", post_id=51304, slug="opinion-ai-capex-boom-no-off-switch",
        published="2026-07-30T07:00:00+00:00",
        author="Prof. Halvor Stene",
        title="Opinion: the AI capex boom has no off-switch, and that should worry investors",
        tags=["AI", "Opinion"],
        fields=["ai"], kind="opinion", weight="minor",
        wp_category="Opinion",
        incidental=[
            Amt("USD", 700_000_000_000, "$700bn", "sector-total"),
            Amt("GBP", 40_000_000_000, "£40bn", "sector-total"),
        ],
        cue_traps=["record (the record of past booms)", "breakthrough (generic)"],
        markup="plain", box="p", comments="h3", kf_heading="The argument",
        key_findings=[
            "Spending on AI data centres is committed years ahead and cannot be cut quickly. That makes the "
            "industry vulnerable if revenue grows more slowly than planned. Investors should ask for "
            "clearer disclosure of long-term commitments.",
        ],
        details_heading="The case",
        details=[
            "Commitments: leases and power contracts often run 15 years.",
            "Revenue: paid AI services remain a fraction of what the buildings cost.",
            "Remedy: report committed spending separately in accounts.",
        ],
        background=(
            "The largest technology groups are expected to spend more than $700bn on AI infrastructure this "
            "year. British projects account for about £40bn of announced commitments. The record of past "
            "booms suggests that overbuilding is normal."
        ),
        outlook=(
            "No single breakthrough is needed to justify the spending, the author argues, only steady "
            "revenue growth. The risk is in the timing. Disclosure would let investors judge it."
        ),
        source="https://troy-technical.example/opinion",
    ),
    Report(
        key="w31-halcyra-nordmere-licensees",
        feed="rss", post_id=51305, slug="halcyra-nordmere-what-it-means-for-licensees",
        published="2026-07-28T11:20:00+00:00",
        author="Imogen Clarke",
        title="What Halcyra's €4.2bn Nordmere deal means for the speech models' licensees",
        tags=["Artificial intelligence", "M&A"],
        fields=["ai"], kind="follow-up", weight="minor",
        follows_up="w30-halcyra-nordmere", adds_news=False,
        incidental=[Amt("EUR", 4_200_000_000, "€4.2bn", "restated")],
        notes="Restates last week's deal and licence promise; no new terms or filings.",
        markup="h2", box="div", comments="h2",
        key_findings=[
            "A week after Halcyra agreed to buy Nordmere, the companies have added nothing to the terms. "
            "Both repeated that Nordmere's open-weights models keep their licence until at least the end of "
            "2027. Licensees we spoke to have not been contacted.",
        ],
        details_heading="What we know",
        details=[
            "Unchanged: price, earn-out, timing and the licence promise.",
            "Unknown: what happens to the models after 2027.",
            "Filings: none with competition authorities yet.",
        ],
        background=(
            "Halcyra announced the deal last Monday. Nordmere's models are used by about 200 software "
            "companies. Several compete with Halcyra."
        ),
        outlook=(
            "Nothing here changes last week's assessment. The competition filings will be the next real "
            "news. Until then, last week's report is the one to read."
        ),
        source="https://www.marketwire-europe.example/2026/07/28/nordmere-licensees",
    ),
    # ------------------------------------------------------------------ HPC
    Report(
        key="w31-ostvik-enters-service",
        feed="rss", post_id=51306, slug="ostvik-supercomputer-enters-service-tromso",
        published="2026-07-29T08:00:00+00:00",
        author="Dev Raman",
        title="Ostvik supercomputer enters service in Tromsø",
        tags=["Supercomputing", "HPC"],
        fields=["hpc"], kind="launch", weight="notable",
        incidental=[Amt("EUR", 480_000_000, "€480m", "system-cost")],
        cue_traps=["first (first users)"],
        notes="A significant system entering service: notable. Kind 'launch' (a system going live); an "
              "editor might say 'other'. The €480m is what it cost, not news.",
        markup="h3", box="div", comments="h2", kf_heading="Key findings",
        key_findings=[
            "Ostvik, a 410-petaflop supercomputer, has entered service at the Arctic Computing Centre in "
            "Tromsø. It is the largest system in the Nordic countries. The first users are climate and "
            "ocean modellers.",
        ],
        details_heading="The system",
        details=[
            "Hardware: 3,200 GPU nodes with liquid cooling.",
            "Power: about 9 MW, from hydroelectric supply.",
            "Access: half the time goes to Norwegian researchers, half to European calls.",
        ],
        background=(
            "Ostvik cost €480m, shared between Norway and a European programme. It replaces a system from "
            "2019. Its waste heat warms a nearby district network."
        ),
        outlook=(
            "Ostvik gives northern Europe a large system for AI and climate work. Allocation calls open in "
            "September. Its first science results are expected next year."
        ),
        source="https://www.hpcwire-nordic.example/2026/07/29/ostvik",
    ),
    Report(
        key="w31-webinar-gpu-allocation",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0751",
        link=P + "webinar-gpu-allocations",
        published="2026-07-30T13:00:00+02:00",
        author="Lena Brandt",
        title="Webinar: how to write a winning GPU allocation proposal",
        tags=["High performance computing", "Webinar"],
        fields=["hpc"], kind="webinar-event", weight="minor",
        atom_markup="plain",
        key_findings=[
            "A webinar on 20 August will cover allocation proposals for national supercomputers, with "
            "reviewers from two centres.",
        ],
        outlook="Useful for applicants; no news.",
        source="https://events.lindqvist-research.example/gpu-allocations",
    ),
    # ------------------------------------------------------------------ semiconductors
    Report(
        key="w31-brevik-kilder",
        feed="rss", post_id=51307, slug="brevik-halbleiter-to-buy-kilder-power-devices",
        published="2026-07-27T06:30:00+00:00",
        author="Sanne de Wit",
        title="Brevik Halbleiter agrees €3.4bn takeover of power-chip maker Kilder",
        tags=["Semiconductors", "Power electronics", "M&A"],
        fields=["semiconductors"], kind="deal", weight="major",
        headline=Amt("EUR", 3_400_000_000, "€3.4bn"),
        incidental=[
            Amt("EUR", 2_500_000_000, "€2.5bn", "deal-component"),
            Amt("EUR", 900_000_000, "€900m", "deal-component"),
            Amt("GBP", 610_000_000, "£610m", "revenue"),
        ],
        cue_traps=["subject to approval (pending)"],
        markup="h2", box="div", comments="h2", kf_heading="The deal",
        key_findings=[
            "Brevik Halbleiter, the Dresden chipmaker, has agreed to buy Kilder Power Devices of Newport, "
            "Wales, for €3.4bn. Brevik will pay €2.5bn in cash and €900m in its own shares. The deal "
            "creates Europe's second-largest maker of silicon-carbide power chips.",
        ],
        details_heading="Terms",
        details=[
            "Premium: 41% over Kilder's average share price for the past month.",
            "Approvals: subject to approval by Kilder's shareholders and to a UK national-security review.",
            "Sites: Brevik will keep Kilder's Newport fab and expand it.",
        ],
        background=(
            "Silicon-carbide chips are used in electric-vehicle inverters and chargers. Demand slowed in 2025 "
            "as car sales stalled. Kilder had revenue of £610m last year."
        ),
        outlook=(
            "The deal consolidates a crowded European market and gives Brevik a British fab. The UK review "
            "is the main risk. Completion is expected in the first half of 2027."
        ),
        source="https://www.chipwire.example/2026/07/27/brevik-kilder",
    ),
    Report(
        key="w31-brevik-kilder-synd",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0752",
        link="https://troy-technical.example/2026/07/27/brevik-halbleiter-to-buy-kilder-power-devices/"
             "?utm_source=lindqvist&utm_medium=partner&utm_campaign=briefs-w31&utm_content=semis",
        published="2026-07-27T10:00:00+02:00",
        author="Sanne de Wit",
        title="Brevik Halbleiter agrees €3.4bn takeover of power-chip maker Kilder",
        tags=["Semiconductors", "M&A"],
        fields=["semiconductors"], kind="deal", weight="major",
        headline=Amt("EUR", 3_400_000_000, "€3.4bn"),
        syndicates="w31-brevik-kilder",
        key_findings=[
            "Brevik Halbleiter has agreed to buy Welsh power-chip maker Kilder for €3.4bn in cash and shares.",
        ],
        outlook="A consolidating deal in silicon carbide; a UK national-security review is the main risk.",
    ),
    Report(
        key="w31-orrin-first-shipment",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0753",
        link=P + "orrin-first-scanners-shipped",
        published="2026-07-31T10:30:00+02:00",
        author="Sanne de Wit",
        title="Orrin ships first scanners to Malaysia under last week's export licence",
        tags=["Lithography", "Export controls"],
        fields=["semiconductors"], kind="follow-up", weight="minor",
        follows_up="w30-orrin-export-licence", adds_news=False,
        incidental=[Amt("EUR", 640_000_000, "€640m", "restated")],
        cue_traps=["first (first shipment under an existing licence)"],
        atom_markup="strong",
        key_findings=[
            "Orrin Lithography says the first two of the 14 scanners covered by last week's licence have left "
            "Eindhoven. The €640m of orders and the conditions are unchanged.",
        ],
        outlook="Logistics, not news.",
        source="https://www.chipwire.example/2026/07/31/orrin-shipment",
    ),
    # ------------------------------------------------------------------ quantum: quiet
    Report(
        key="w31-correction-pellmar-qubits",
        feed="rss", post_id=51308, slug="correction-pellmar-processor-qubit-count",
        published="2026-07-28T17:30:00+00:00",
        author="Tomas Lind",
        title="Correction: Pellmar's new processor has 96 qubits, not 196",
        tags=["Quantum computing", "Corrections"],
        fields=["quantum"], kind="other", weight="minor",
        cue_traps=["record (the report corrects a record claim)", "first (first reported)"],
        notes="A correction to an earlier report (not in this set): it retracts a record claim; minor. "
              "New trap: a correction with numbers in the title.",
        markup="h3", box="none", comments="none", kf_heading="The correction",
        key_findings=[
            "An earlier report on Pellmar Quantum's new processor gave its size as 196 qubits. The correct "
            "figure is 96. The processor therefore does not set a record for its type, as we first reported.",
        ],
        details_heading="What changes",
        details=[
            "Qubit count: 96, as in Pellmar's data sheet.",
            "Fidelity figures: unchanged and correct as published.",
            "Availability: unchanged, cloud access from October.",
        ],
        background=(
            "The error came from a misread slide. Pellmar had not claimed a record. We apologise for the "
            "mistake."
        ),
        outlook=(
            "The processor remains a solid mid-sized system. It is not a leader in qubit count. We have "
            "updated the original article."
        ),
        source="https://troy-technical.example/corrections",
    ),
    Report(
        key="w31-quantum-sensing-forecast",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0754",
        link=P + "defence-quantum-sensing-forecast",
        published="2026-07-29T09:00:00+01:00",
        author="Henrik Aalto",
        title="Defence ministries to spend £2.3bn on quantum sensors by 2032, consultancy says",
        tags=["Quantum sensing", "Defence", "Forecasts"],
        fields=["quantum"], kind="forecast", weight="minor",
        incidental=[Amt("GBP", 2_300_000_000, "£2.3bn", "forecast")],
        notes="A forecast with a spending verb; nothing has been ordered.",
        atom_markup="h4",
        key_findings=[
            "A defence consultancy expects European and North American defence ministries to spend a "
            "combined £2.3bn on quantum sensors by 2032, mainly for navigation without satellites.",
        ],
        details=["Basis: interviews and budget documents; no contracts are cited."],
        outlook="A projection; most programmes are still at the trial stage.",
        source="https://www.defence-tech.example/2026/07/29/quantum-sensing",
    ),
    Report(
        key="w31-quorra-response",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0755",
        link=P + "quorra-responds-replication",
        published="2026-07-26T21:10:00-05:00",
        author="Tomas Lind",
        title="Quorra says it will answer replication critics 'in due course'",
        tags=["Qubits", "Replication"],
        fields=["quantum"], kind="follow-up", weight="minor",
        follows_up="w30-majorana-replication", adds_news=False,
        cue_traps=["breakthrough (Quorra's word, repeated)"],
        notes="Written as Sunday 21:10 -05:00, which is Monday 27 Jul 02:10 UTC: inside W31. Adds nothing.",
        atom_markup="strong", why_heading="What's next",
        key_findings=[
            "Quorra Quantum says it stands by last year's breakthrough claim and will respond to the failed "
            "replications 'in due course'. It released no data.",
        ],
        outlook="Nothing new until Quorra publishes its own device data.",
        source="https://www.physicsnews.example/2026/07/27/quorra-response",
    ),
    # ------------------------------------------------------------------ energy
    Report(
        key="w31-onr-smr-site-licence",
        feed="rss", post_id=51309, slug="first-smr-site-licence-britain",
        published="2026-07-30T10:00:00+00:00",
        author="Megan Hollis",
        title="Regulator grants first nuclear site licence for a small modular reactor in Britain",
        tags=["Nuclear", "Energy", "Regulation"],
        fields=["energy"], kind="approval", weight="major",
        incidental=[
            Amt("GBP", 2_800_000_000, "£2.8bn", "cost-estimate"),
            Amt("GBP", 500_000_000, "£500m", "public-programme"),
        ],
        notes="A first-of-its-kind approval. The £2.8bn is the developer's cost estimate; £500m public support "
              "agreed in 2025.",
        markup="h2", box="div", comments="h2", kf_heading="What happened",
        key_findings=[
            "The Office for Nuclear Regulation has granted a nuclear site licence to Severn Modular Power for "
            "a 470 MW small modular reactor at Oldbury in Gloucestershire. It is the first site licence for "
            "an SMR in Britain. Construction of the reactor building can now begin.",
        ],
        details_heading="Details",
        details=[
            "Design: a pressurised-water reactor that completed the generic design assessment in 2025.",
            "Conditions: 36 standard licence conditions plus site-specific flood defences.",
            "Timetable: first power is planned for 2032.",
        ],
        background=(
            "Severn Modular Power estimates the project will cost £2.8bn. The government agreed £500m of "
            "support in 2025. The licence is the last major regulatory step before construction."
        ),
        outlook=(
            "The licence moves SMRs in Britain from paper to construction. Other developers will follow the "
            "same path. The cost estimate will be tested as building starts."
        ),
        source="https://www.energybrief.example/2026/07/30/onr-smr-licence",
    ),
    Report(
        key="w31-marrow-tidal-round",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0756",
        link=P + "marrow-tidal-round",
        published="2026-07-28T08:15:00+01:00",
        author="Megan Hollis",
        title="Tidal start-up Marrow Energy raises twelve million pounds for Orkney array",
        tags=["Renewables", "Tidal"],
        fields=["energy"], kind="funding-round", weight="minor",
        headline=Amt("GBP", 12_000_000, "twelve million pounds"),
        notes="Amount written in words only. New trap: amounts in words.",
        atom_markup="h4",
        key_findings=[
            "Marrow Energy has raised twelve million pounds to build a four-turbine tidal array off Orkney.",
        ],
        details=["Investors: a Scottish public bank and two family offices."],
        outlook="A small round for a niche technology.",
        source="https://www.energybrief.example/2026/07/28/marrow",
    ),
    Report(
        key="w31-capacity-auction-explainer",
        feed="rss", post_id=51310, slug="explainer-why-capacity-auction-cost-1-2bn",
        published="2026-08-02T23:50:00+00:00",
        author="Megan Hollis",
        title="Explainer: why Britain's 2025 capacity auction cost £1.2bn",
        tags=["Grid", "Explainers"],
        fields=["energy"], kind="other", weight="minor",
        wp_category="Explainers",
        incidental=[Amt("GBP", 1_200_000_000, "£1.2bn", "public-programme"), Amt("GBP", 65_000, "£65,000", "price")],
        notes="Old money explained; published at 23:50 UTC on the last Sunday of the week.",
        markup="strong", box="p", comments="p", kf_heading="Key findings",
        key_findings=[
            "Britain's 2025 capacity auction, which pays power stations and batteries to be available in "
            "winter, cost £1.2bn. The clearing price rose to £65,000 per megawatt-year. Gas plants won "
            "most of the contracts.",
        ],
        details_heading="How it works",
        details=[
            "Winners: gas, batteries and interconnectors.",
            "Rules: batteries are derated by how long they can discharge.",
            "Next auction: early 2027.",
        ],
        background=(
            "The capacity market was created in 2014. Its cost is added to household bills. The 2025 auction "
            "was held in March of that year."
        ),
        outlook=(
            "Nothing here is new. It is background for next year's auction. Readers following the grid can "
            "skip it."
        ),
        source="https://troy-technical.example/explainers",
    ),
    # ------------------------------------------------------------------ space
    Report(
        key="w31-nordlys-rideshare",
        feed="rss", post_id=51311, slug="first-nordlys-weather-satellites-launched",
        published="2026-07-29T05:40:00+00:00",
        author="Owen Pryce",
        title="First six Nordlys weather satellites launched on a rideshare",
        tags=["Satellites", "Earth observation"],
        fields=["space"], kind="launch", weight="notable",
        incidental=[Amt("EUR", 150_000_000, "€150m", "past-deal")],
        cue_traps=["first (the first batch of a constellation, not a maiden rocket flight)"],
        notes="The first satellites of a public weather constellation reaching orbit: notable, not a maiden "
              "orbital launch.",
        markup="h3", box="div", comments="h2", kf_heading="What happened",
        key_findings=[
            "The first six satellites of Nordlys, a Nordic microwave weather constellation, reached orbit on a "
            "commercial rideshare launch on Tuesday. All six have sent signals. They will start delivering "
            "data to forecasters after three months of testing.",
        ],
        details_heading="The satellites",
        details=[
            "Satellites: 60 kg each, carrying microwave sounders.",
            "Orbit: three planes at about 600 km.",
            "Plan: 18 more satellites on two rideshares in 2027.",
        ],
        background=(
            "Four Nordic weather services ordered the constellation in 2024 in a €150m contract. Small "
            "microwave sounders can fill gaps between large government weather satellites. Forecasters "
            "want more frequent passes over the Arctic."
        ),
        outlook=(
            "If the data meet specification, forecasts of Arctic storms should improve. The constellation "
            "will be watched by other weather services. The next batch will show whether the schedule holds."
        ),
        source="https://www.spacedesk.example/2026/07/29/nordlys",
    ),
    Report(
        key="w31-hollin-maiden-slip",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0757",
        link=P + "hollin-kestrel-2-slips",
        published="2026-07-30T15:00:00-08:00",
        author="Owen Pryce",
        title="Maiden flight of Hollin's Kestrel-2 rocket slips to 2027",
        tags=["Launch vehicles"],
        fields=["space"], kind="other", weight="minor",
        cue_traps=["maiden flight (a delay, not a launch)"],
        atom_markup="h4",
        key_findings=[
            "Hollin Aerospace has moved the first launch of its Kestrel-2 rocket from November to the first "
            "quarter of 2027, after a second-stage engine test ended early.",
        ],
        outlook="A slip, not a launch; the engine test is to be repeated in September.",
        source="https://www.spacedesk.example/2026/07/30/hollin-slip",
    ),
    # ------------------------------------------------------------------ cybersecurity
    Report(
        key="w31-tarrow-exploited",
        feed="rss", post_id=51312, slug="attackers-exploit-tarrow-file-transfer-flaw",
        published="2026-07-31T07:10:00+00:00",
        author="Ravi Menon",
        title="Attackers exploit flaw in Tarrow file-transfer appliances; CISA orders agencies to patch",
        tags=["Cybersecurity", "Vulnerabilities"],
        fields=["cybersecurity"], kind="other", weight="notable",
        notes="An actively exploited vulnerability: notable. CISA's order is a routine catalogue listing, "
              "not a new regulation.",
        cue_traps=["orders (a patch deadline, not a rule)"],
        markup="h2", box="div", comments="h3", kf_heading="Key findings",
        key_findings=[
            "Attackers are exploiting a flaw in Tarrow's managed file-transfer appliances to steal stored "
            "files. The US Cybersecurity and Infrastructure Security Agency added it to its catalogue of "
            "exploited vulnerabilities and gave federal agencies two weeks to patch. Tarrow released fixes "
            "on Thursday.",
        ],
        details_heading="Technical details",
        details=[
            "Flaw: an authentication bypass in the web interface, rated 9.8 out of 10.",
            "Exposure: about 3,100 appliances reachable from the internet.",
            "Victims: at least 12 organisations confirmed, including two universities.",
        ],
        background=(
            "File-transfer appliances have been a favourite target for data-theft gangs since 2023. They hold "
            "large volumes of sensitive files. Attackers often strike before most customers patch."
        ),
        outlook=(
            "Organisations running Tarrow should patch and check logs for the past month. More victims are "
            "likely to emerge. Extortion demands usually follow within weeks."
        ),
        source="https://www.securityherald.example/2026/07/31/tarrow",
    ),
    Report(
        key="w31-enisa-draft-scheme",
        feed="rss", post_id=51313, slug="draft-enisa-iot-certification-scheme",
        published="2026-07-28T09:00:00+00:00",
        author="Ravi Menon",
        title="Draft published: ENISA opens consultation on security certification for connected devices",
        tags=["Cyber security", "Standards", "IoT"],
        fields=["cybersecurity"], kind="other", weight="notable",
        cue_traps=["standard, scheme (a draft open for comment, not in force)"],
        notes="A draft scheme: notable, like a draft standard. Contrast with last week's finalised RFC.",
        markup="strong", box="div", comments="h2", kf_heading="What's proposed",
        key_findings=[
            "The EU cybersecurity agency ENISA has published a draft certification scheme for connected "
            "consumer devices. It sets three assurance levels and requires security updates for at least "
            "five years. Comments are open until 30 September.",
        ],
        details_heading="The draft",
        details=[
            "Scope: cameras, routers, smart-home hubs and wearables.",
            "Levels: basic self-assessment, substantial third-party testing, high for critical uses.",
            "Link: it is meant to help manufacturers show compliance with EU product-security law.",
        ],
        background=(
            "ENISA has drafted several certification schemes since 2019. Only one is in force. Industry "
            "groups have asked for schemes that match the Cyber Resilience Act's deadlines."
        ),
        outlook=(
            "The draft is not binding and may change. Manufacturers should comment on the testing costs. A "
            "final scheme is unlikely before 2027."
        ),
        source="https://www.securityherald.example/2026/07/28/enisa-draft",
    ),
    Report(
        key="w31-ciso-hire",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0758",
        link=PA + "haulbridge-new-ciso",
        published="2026-08-01T10:00:00+01:00",
        author="Ravi Menon",
        title="Haulbridge hires first chief information security officer after ransomware attack",
        tags=["Security", "People"],
        fields=["cybersecurity"], kind="hiring", weight="minor",
        incidental=[Amt("GBP", 4_500_000, "£4.5m", "ransom-demand")],
        cue_traps=["first (the company's first CISO)"],
        atom_markup="strong",
        key_findings=[
            "Haulbridge, hit by ransomware last week, has appointed its first chief information security "
            "officer, from a large parcel carrier.",
        ],
        background="The gang had demanded £4.5m; Haulbridge says it did not pay.",
        outlook="A hire; the payroll leak remains unconfirmed.",
        source="https://www.securityherald.example/2026/08/01/haulbridge-ciso",
    ),
    # ------------------------------------------------------------------ unfiled
    Report(
        key="w31-ammonia-carriers",
        feed="rss", post_id=51314, slug="shipping-line-orders-ammonia-fuelled-bulk-carriers",
        published="2026-07-27T12:00:00+00:00",
        author="Imogen Clarke",
        title="Shipping line Aldeborg orders its first ammonia-fuelled bulk carriers for €310m",
        tags=["Shipping", "Maritime"],
        fields=[], kind="deal", weight="notable",
        headline=Amt("EUR", 310_000_000, "€310m"),
        cue_traps=["first (unfiled: no field)"],
        notes="Unfiled: no tag maps to a field, though fuels are energy-adjacent.",
        markup="h2", box="div", comments="h2",
        key_findings=[
            "Danish shipping line Aldeborg has ordered four ammonia-fuelled bulk carriers from a Korean yard "
            "for €310m. Deliveries are due in 2029. They are its first ships that do not burn oil.",
        ],
        details_heading="Order details",
        details=[
            "Engines: dual-fuel, able to run on oil if ammonia is not available.",
            "Routes: iron ore between Australia and Europe.",
            "Fuel: supply talks with two producers are under way.",
        ],
        background=(
            "Shipping faces a global carbon levy from 2028. Ammonia is toxic but carbon-free when burned. "
            "Only a handful of ammonia ships are on order worldwide."
        ),
        outlook=(
            "The order is a bet that ammonia will win over methanol. Fuel supply is the open question. "
            "Other bulk carriers are waiting to see how these ships perform."
        ),
        source="https://www.maritime-news.example/2026/07/27/aldeborg",
    ),
    Report(
        key="w31-smartwatch-clearance",
        feed="atom", entry_id="tag:briefs.lindqvist-research.example,2026:brief-0759",
        link=PA + "smartwatch-blood-pressure-cleared",
        published="2026-08-02T18:30:00+02:00",
        author="Henrik Aalto",
        title="Agency clears smartwatch blood-pressure alerts from Tindra",
        tags=["Wearables", "Consumer electronics"],
        fields=[], kind="approval", weight="minor",
        cue_traps=["clears (an approval, in an unfiled field)"],
        atom_markup="h4",
        key_findings=[
            "A medical-device regulator has cleared Tindra's smartwatch feature that alerts users to "
            "possible high blood pressure.",
        ],
        outlook="Consumer-device news; no field.",
        source="https://www.gadget-desk.example/2026/08/02/tindra",
    ),
]

FIELDS = {
    "quantum": FieldWeek(
        verdict="skip",
        reason="Skip: a correction of Pellmar's qubit count, a quantum-sensing spending forecast and a "
               "holding statement from Quorra; no new results.",
        must_not_lead=["w31-quantum-sensing-forecast"],
        notes="The £2.3bn is a forecast with a spending verb. Quorra's response adds nothing to last week.",
    ),
    "ai": FieldWeek(
        verdict="skip",
        reason="Skip: a Mirelle point release, a small antibody-model preprint, a capex column and a "
               "rehash of last week's Nordmere deal.",
        must_not_lead=["w31-halcyra-nordmere-licensees", "w31-opinion-ai-capex"],
        notes="The €4.2bn in the follow-up's title is last week's deal restated; $700bn and £40bn are sector "
              "totals.",
    ),
    "hpc": FieldWeek(
        verdict="worth-a-skim",
        reason="Worth a skim: the 410-petaflop Ostvik supercomputer entered service in Tromsø, the largest "
               "system in the Nordic countries.",
        top1="w31-ostvik-enters-service",
        top3=["w31-ostvik-enters-service"], top3_order="first-only",
        notes="The €480m is the system's cost, not news; the reason quotes the key metric.",
    ),
    "semiconductors": FieldWeek(
        verdict="must-read",
        reason="Must read: Brevik Halbleiter agreed a €3.4bn takeover of Welsh silicon-carbide chipmaker "
               "Kilder, subject to a UK national-security review.",
        top1="w31-brevik-kilder",
        top3=["w31-brevik-kilder"], top3_order="first-only",
        must_not_lead=["w31-orrin-first-shipment"],
        reason_amount=Amt("EUR", 3_400_000_000, "€3.4bn"),
        notes="€2.5bn cash and €900m shares are components; Kilder's £610m is revenue.",
    ),
    "biotech": FieldWeek(
        verdict="must-read",
        reason="Must read: the FDA granted accelerated approval to Noveris's NVR-114, the first gene therapy "
               "for Wilson's disease, a week after its advisers voted 11 to 2 in favour.",
        top1="w31-fda-approves-nvr-114",
        top3=["w31-fda-approves-nvr-114", "w31-senolytic-retraction"], top3_order="strict",
        notes="A follow-up with real news leads. The $2.6m list price is a price, not a deal, so the reason "
              "carries no amount.",
    ),
    "energy": FieldWeek(
        verdict="must-read",
        reason="Must read: the Office for Nuclear Regulation granted Britain's first site licence for a "
               "small modular reactor, Severn Modular Power's 470 MW unit at Oldbury.",
        top1="w31-onr-smr-site-licence",
        top3=["w31-onr-smr-site-licence"], top3_order="first-only",
        must_not_lead=["w31-capacity-auction-explainer"],
        notes="The £2.8bn is a cost estimate; the £1.2bn in the explainer's title is an old auction.",
    ),
    "space": FieldWeek(
        verdict="worth-a-skim",
        reason="Worth a skim: the first six Nordlys weather satellites reached orbit on a rideshare; "
               "Hollin's Kestrel-2 maiden flight slipped to 2027.",
        top1="w31-nordlys-rideshare",
        top3=["w31-nordlys-rideshare"], top3_order="first-only",
        must_not_lead=["w31-hollin-maiden-slip"],
        notes="The €150m is the 2024 contract. 'Maiden flight' in the Hollin title is a delay.",
    ),
    "cybersecurity": FieldWeek(
        verdict="worth-a-skim",
        reason="Worth a skim: attackers are exploiting a 9.8-rated flaw in Tarrow file-transfer appliances, "
               "and ENISA opened consultation on a draft device certification scheme.",
        top1="w31-tarrow-exploited", top1_also_ok=["w31-enisa-draft-scheme"],
        top3=["w31-tarrow-exploited", "w31-enisa-draft-scheme"], top3_order="set",
        must_not_lead=["w31-ciso-hire"],
        notes="Two notables; the exploited flaw is more urgent, but an editor could lead with the draft.",
    ),
}
