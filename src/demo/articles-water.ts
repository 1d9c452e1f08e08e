import type { DemoArticle } from './types.js';

/**
 * Articles in the `water` section. Kessmere, its utility and every document
 * attributed to them are invented; real books are cited where noted.
 */
export const waterArticles: DemoArticle[] = [
  {
    slug: 'where-kessmeres-water-comes-from',
    title: 'Where Kessmere’s Water Comes From',
    dek: 'A river, a reservoir and a handful of wells share the work of supplying a city of 214,000, and the mix changes with the seasons.',
    section: 'water',
    authors: ['maren-oduya'],
    tags: ['infrastructure', 'local-government'],
    publishedAt: '2024-02-27T14:00:00.000Z',
    updatedAt: '2025-06-03T09:15:00.000Z',
    body: `Turn on a tap anywhere in Kessmere and the water that comes out began in one of three places. Which one depends on where you live, what month it is and, now and then, on a decision made that morning by an operator watching a river gauge.

## Three sources, one system

The city's utility, Kessmere Public Utilities (KPU), draws most of its supply from the Tolland River through an intake just upstream of the Orrin Street treatment plant. The rest arrives by gravity from Stillwater Reservoir, twenty-six kilometres to the north, and from a small field of wells on Harrow Hill that was drilled in the 1970s as insurance against drought.[^1]

| Source | Share of 2023 supply | Typical role |
| --- | --- | --- |
| Tolland River | 58% | Base supply, all year |
| Stillwater Reservoir | 34% | Summer peaks, northern districts |
| Harrow Hill wells | 8% | Backup and blending |

The split is not fixed. In a wet spring the river carries far more than the plant can use, and the reservoir is left to fill. In late summer, when the Tolland runs low and warm, operators lean on Stillwater, whose water is colder and clearer and needs less treatment.[^2]

## Why three?

Having more than one source is partly an accident of history, since the reservoir and the wells were each built in answer to a particular crisis, and partly a matter of prudence. A river intake is exposed to whatever happens upstream: a spill at a rail crossing, an algal bloom, a flood that stirs up sediment. Twice in the past twenty years KPU has shut the river intake for more than a day and run the whole city on the other two sources.[^3]

The wells are the least glamorous part of the system and the most argued over. They yield hard water, rich in dissolved minerals, and they are expensive to pump. Every few budget cycles someone proposes retiring them; every few droughts someone is glad nobody did.

## What it means at the tap

Residents of the northern districts, fed mostly from Stillwater, tend to notice that their water is soft and that their kettles scale slowly. Households near Harrow Hill sometimes notice the opposite. Both waters meet the same standards; they simply started out in different rock.[^4]

*Updated June 2025 to reflect the utility's revised 2023 figures, which moved one percentage point of supply from the river to the reservoir.*

[^1]: Kessmere Public Utilities. *Annual Water Supply Report 2023*. KPU, 2024, pp. 4–7. https://records.kessmere.example.org/utilities/reports/2023/annual-water-supply.pdf
[^2]: Reservoir water sits for months before it is used, which lets sediment settle and evens out its temperature; river water varies far more from week to week.
[^3]: Oduya, Maren. "River Intake Closed After Upstream Spill." *Kessmere Courier*, 9 March 2019. https://news.kessmere-courier.example.com/2019/03/09/river-intake-closed (accessed 2 February 2024).
[^4]: Hardness is a question of taste and plumbing rather than safety; no health-based guideline value is proposed for it. World Health Organization. *Guidelines for Drinking-water Quality*. 4th ed. incorporating the first addendum, WHO, 2017, ch. 10.`,
  },
  {
    slug: 'stillwater-reservoir-and-the-village-beneath-it',
    title: 'The Stillwater Reservoir & the Village Beneath It',
    dek: 'In 1962 Kessmere voted to dam Alder Creek; thirty-one households in Orme’s Crossing paid for that decision with their homes.',
    section: 'water',
    authors: ['maren-oduya', 'ines-calloway'],
    tags: ['infrastructure', 'local-government'],
    publishedAt: '2024-09-24T11:30:00.000Z',
    body: `In dry summers the water in Stillwater Reservoir drops far enough to show a line of fieldstone foundations on the eastern shore. People drive up from Kessmere to look at them. They are what is left of Orme's Crossing, a hamlet of about 140 people that stood in the Alder Creek valley until the city needed the valley more than they did.

## The drought that started it

The summer of 1957 was the driest anyone in Kessmere could remember. The Tolland River fell so low that the old intake drew in mud, and for nine days the city asked residents to boil water and skip baths. Within a year the council had commissioned an engineering study, and the study pointed north: Alder Creek ran through a narrow, steep valley that could be closed with a single earth dam.[^1]

The bond to pay for it went to a referendum in November 1962 and passed with 61 percent of the vote. Orme's Crossing had no vote in it; the hamlet sat outside the city limits.

## Buying a valley

The land acquisition was handled parcel by parcel. Survey crews spent the winter of 1963 retracing boundaries that had last been measured with chains and compass a century earlier, and found that several farms were a few acres larger or smaller than their deeds claimed. Those discrepancies mattered, because the city paid by the acre.[^2]

Most owners sold. Four did not, and their land was taken by eminent domain after hearings that ran into 1964. The church, a small frame building, was dismantled and its bell moved to a chapel in Kessmere, where it still hangs.

> "They paid a fair price for the ground and nothing at all for the rest of it."
> — a former resident, interviewed in 1987

## Filling

The dam was finished in 1966 and the reservoir reached its design level in the spring of 1968. It now holds enough water to supply the northern half of the city for about seven months without rain, and it has carried Kessmere through every drought since.[^3]

Whether that was a fair bargain is a question the city has never formally asked. A marker placed at the overlook in 2012 names the families who lived in the valley. It does not say how many of them wanted to leave.

[^1]: Pell, Agatha. *Under Stillwater: The Drowned Village of Orme's Crossing*. Tolland Valley Press, 1988, pp. 22–41.
[^2]: Retracement surveys of this kind follow the original evidence on the ground rather than the acreage written in a deed, which is why the deeds and the new plats disagreed. The 1963 plats are held in the county recorder's archive, book 14, pages 112–139.
[^3]: Kessmere Public Utilities. *Stillwater Reservoir Safe Yield Study*. KPU, 2017, p. 9. https://records.kessmere.example.org/utilities/studies/stillwater-safe-yield-2017.pdf`,
  },
  {
    slug: 'reading-your-water-bill',
    title: 'Reading Your Water Bill: Tiers, Meters and the Fixed Charge',
    dek: 'Most of what you pay depends on how much you use, but not all of it, and the part that doesn’t is growing.',
    section: 'water',
    authors: ['desmond-achterberg'],
    tags: ['local-government', 'open-data'],
    publishedAt: '2025-01-14T16:45:00.000Z',
    body: `A Kessmere water bill arrives every two months and has four lines that matter. Understanding them explains most of the arguments at rate hearings.

## The fixed charge

The first line is a service charge that does not depend on how much water you use. It is set by the size of your meter: a typical house has a 5/8-inch meter and pays the smallest charge; a hospital with a 6-inch meter pays many times more. The charge exists because much of a utility's cost, such as pipes, pumps, debt payments and meter reading, is there whether or not anyone opens a tap.[^1]

## The tiers

The second line is the volumetric charge, and it climbs in steps. Kessmere bills in units of 100 cubic feet, about 2,832 litres, a holdover from the meters the city bought in the 1980s.[^2]

| Tier | Use per two months | Price per unit (2025) |
| --- | --- | --- |
| 1 | First 8 units | $3.10 |
| 2 | 9–20 units | $4.25 |
| 3 | Over 20 units | $6.40 |

The rising price is deliberate. The first tier is meant to cover drinking, cooking and washing at a price most households can afford. Higher tiers mostly capture summer lawn watering, which is what forces the utility to size its plants and pumps for peak days.

## Sewer and the winter average

The third line, often the largest, is the sewer charge, collected by the water utility on behalf of the wastewater department. Because nobody meters what goes down the drain, it is billed on water use, but for households it is capped at the average of the December-to-March bills. The reasoning is that winter water mostly goes down the drain, while summer water mostly soaks into lawns.

The fourth line is a small stormwater fee based on the area of roofs and paving on the lot.

## Why the fixed charge keeps rising

Over the past decade the fixed charge has grown faster than the tiered rates. Conservation is the reason: households use less water than they did in 2010, so revenue tied to volume has fallen while the cost of the pipes has not. Shifting costs into the fixed charge stabilises revenue, but it weakens the reward for saving water and falls hardest on small households. The utility's own rate study calls this trade-off "unresolved".[^3]

[^1]: American Water Works Association. *Principles of Water Rates, Fees, and Charges*. Manual of Water Supply Practices M1, 7th ed., AWWA, 2017.
[^2]: One hundred cubic feet is 2.8317 cubic metres. The conversion to metric meters has been proposed in three capital plans and funded in none.
[^3]: Kessmere Public Utilities. *Cost of Service and Rate Design Study, FY2025–FY2029*. KPU, 2024, p. 63. https://records.kessmere.example.org/utilities/rates/cost-of-service-2025.pdf`,
  },
  {
    slug: 'the-water-that-never-arrives',
    title: 'The Water That Never Arrives',
    dek: 'Roughly one litre in five that leaves Kessmere’s treatment plant is never billed, and most of it is leaking from pipes older than anyone alive.',
    section: 'water',
    authors: ['maren-oduya', 'desmond-achterberg'],
    tags: ['infrastructure', 'engineering', 'open-data'],
    publishedAt: '2026-11-20T08:30:00.000Z',
    body: `Every utility produces more water than it sells. The difference has a name, non-revenue water, and in Kessmere it came to 19 percent of production last year.[^1] That is better than some cities and worse than the utility's own target of 12 percent.

## Where the missing water goes

Engineers divide non-revenue water into a few buckets, following a standard water balance developed in the industry over the past three decades.[^2]

- **Real losses** are physical: leaks from mains and service pipes, overflowing storage tanks, and the occasional dramatic break that floods a street.
- **Apparent losses** are water that reaches a customer but is not counted properly, because meters under-read as they age, because of billing errors, or because of theft.
- **Unbilled authorised use** covers things the city does on purpose, such as firefighting, flushing hydrants and watering parks.

In Kessmere, the utility estimates that real losses account for about two-thirds of the total. Most of that is not from the breaks that make the news but from thousands of small, steady leaks that never surface.

## The age of the pipes

About 280 kilometres of the city's 1,150 kilometres of water mains are cast iron laid before 1940. Cast iron corrodes from the outside in, and pipe of that age tends to fail at joints and along corroded patches when the ground freezes or shifts.

KPU replaces about seven kilometres of main a year. At that pace, replacing the whole network would take more than 160 years, which is longer than most of the pipe is expected to last.[^3] Doubling the rate would cost roughly an extra $28 million a year, paid by ratepayers.

## Listening for leaks

Since 2022 the utility has fitted acoustic loggers to valves in the oldest districts. The devices listen overnight, when the network is quiet, for the hiss of escaping water, and flag spots for crews to check. The first two years found 412 leaks that had not surfaced. Fixing them is cheaper than finding them, and both are cheaper than replacing everything.

[^1]: Kessmere Public Utilities. *Water Loss Audit, Calendar Year 2025*. KPU, 2026, table 2. https://records.kessmere.example.org/utilities/audits/water-loss-2025.xlsx
[^2]: Farley, Malcolm, and Stuart Trow. *Losses in Water Distribution Networks: A Practitioner's Guide to Assessment, Monitoring and Control*. IWA Publishing, 2003, ch. 3.
[^3]: 1,150 kilometres divided by 7 kilometres a year is about 164 years. The calculation assumes no new mains are added, which understates the problem.`,
  },
  {
    slug: 'planning-for-a-dry-decade',
    title: 'Planning for a Dry Decade',
    dek: 'Kessmere’s draft drought plan assumes the 1957 drought will come back, and then asks what happens if it lasts twice as long.',
    section: 'water',
    authors: ['maren-oduya'],
    tags: ['infrastructure', 'local-government'],
    publishedAt: '2026-10-06T10:00:00.000Z',
    status: 'draft',
    body: `Kessmere's water system was designed around a single bad memory. The drought of 1957, when the Tolland River fell so low that the intake sucked mud, set the yardstick for everything built afterwards, Stillwater Reservoir included. A draft drought contingency plan, released for comment this autumn, asks whether that yardstick is still long enough.[^1]

## Three stages

The plan keeps the familiar three-stage structure, triggered by how full Stillwater is in a given month compared with its historical range.

1. **Watch:** public appeals to conserve; no restrictions.
2. **Warning:** lawn watering limited to two days a week; fines for repeat offenders.
3. **Emergency:** outdoor watering banned; surcharges on the third billing tier.

What is new is a fourth scenario that the plan calls a "design drought plus": two consecutive years as dry as 1957. Under that scenario the modelling shows Stillwater falling below its minimum operating level in the second autumn, even with emergency restrictions in force.[^2]

## The options

The draft lists the responses that are possible on paper: deepening the Harrow Hill wells, an emergency pipeline to a neighbouring utility, and a longer-term plan to reuse treated wastewater for irrigation and industry. None is costed yet. The wells are cheapest but produce the hardest water; the interconnection depends on a neighbour that has droughts of its own.

## What is missing

Critics at the first public meeting pointed out that the plan says little about who bears the burden of restrictions. Surcharges on high use fall on large lots, but bans on outdoor watering fall on community gardens too. The utility says a section on equity will be added before the final draft.[^3]

[^1]: Kessmere Public Utilities. *Drought Contingency Plan, Public Review Draft*. KPU, 2026. https://records.kessmere.example.org/utilities/plans/drought-contingency-draft-2026.pdf
[^2]: The modelling uses the river and reservoir record from 1931 onwards and repeats the driest 24-month stretch in it.
[^3]: Remarks by KPU staff at the public meeting of 30 September 2026, as recorded in the meeting summary posted by the utility.`,
  },
];
