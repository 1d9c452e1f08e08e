import type { DemoArticle } from './types.js';

/** Articles in the `timekeeping` section: a short, sourced history of keeping time. */
export const timekeepingArticles: DemoArticle[] = [
  {
    slug: 'shadows-and-water',
    title: 'Shadows and Water: Telling Time Before Gears',
    dek: 'For three thousand years people told the time with a stick in the sun or a pot with a hole in it, and both worked better than you might expect.',
    section: 'timekeeping',
    authors: ['tobias-rendle'],
    tags: ['history-of-science', 'instruments'],
    publishedAt: '2024-04-09T09:00:00.000Z',
    body: `The oldest clocks had no moving parts at all. A stick set upright in the ground casts a shadow that swings and shortens through the morning and lengthens again in the afternoon, and anyone who watches it for a few days can learn to read it. Egyptian shadow clocks, simple L-shaped bars laid east and west, were in use well before 1000 BCE.

## Hours that changed length

The hours those instruments measured were not our hours. Across most of the ancient Mediterranean the period from sunrise to sunset was divided into twelve parts, whatever the season, so a summer hour in Rome was considerably longer than a winter one. These temporal or unequal hours suited a world that organised its day around daylight, and they survived in everyday use in Europe until mechanical clocks made equal hours the norm in the fourteenth century.[^1]

A sundial, however, is tied to a place. The angle of its shadow depends on latitude, so a dial built for one city reads wrongly in another. Pliny the Elder tells the story of a sundial carried off from Catania in Sicily in 263 BCE and set up in the Roman Forum, where for ninety-nine years the Romans told the time by it without noticing that it did not agree with their sun.[^2] Whether or not every detail is true, the point is sound: a dial must be designed for where it stands.

## Clocks that worked at night

Sundials fail at night and under cloud. Water clocks do not. The simplest, the outflow clepsydra, is a vessel with a small hole near the base; as the water level falls, marks on the inside show the passing hours. A fine example from the temple at Karnak bears the name of the pharaoh Amenhotep III and dates from around 1400 BCE. Its interior has separate scales for different months, because the hours it had to match changed length through the year.

Water clocks were also timers. In the law courts of classical Athens a speaker's time was measured by the water running out of a jar, and an opponent who wanted the clock stopped while documents were read had to ask. Later engineers, above all Ctesibius of Alexandria in the third century BCE, added floats, gears and moving figures, producing devices that Vitruvius described with evident admiration two centuries later.[^3]

## What they could not do

None of these instruments was precise by modern standards, and none needed to be. What they established was the idea that the day could be divided, displayed and shared, which is the idea every later clock inherited.

[^1]: Dohrn-van Rossum, Gerhard. *History of the Hour: Clocks and Modern Temporal Orders*. Translated by Thomas Dunlap, University of Chicago Press, 1996, pp. 17–22.
[^2]: Pliny the Elder. *Natural History*, book 7, §§213–215. Pliny credits the first properly calculated dial for Rome to the censor Quintus Marcius Philippus.
[^3]: Vitruvius. *The Ten Books on Architecture*. Translated by Morris Hicky Morgan, Harvard University Press, 1914, book 9, ch. 8.`,
  },
  {
    slug: 'the-escapement',
    title: 'The Escapement: How Clocks Learned to Tick',
    dek: 'Every mechanical clock depends on one small mechanism that lets its stored energy out a little at a time.',
    section: 'timekeeping',
    authors: ['tobias-rendle'],
    tags: ['history-of-science', 'instruments', 'engineering'],
    publishedAt: '2024-08-13T10:30:00.000Z',
    body: `A falling weight on a cord will turn a drum, but it will turn it faster and faster until the cord runs out. To make a clock, you need something that stops the drum, lets it advance by a fixed step, and stops it again, over and over, at a steady rate. That something is the escapement, and its invention in medieval Europe is the moment the mechanical clock begins.

## Verge and foliot

The earliest European clocks, appearing in the last decades of the thirteenth century, used a verge escapement. A crown-shaped wheel driven by the weight pushes against two small flags, or pallets, on a vertical rod, the verge. Each push swings the rod one way until the other pallet catches the next tooth and pushes it back. On top of the verge sits a horizontal bar with adjustable weights, the foliot, whose inertia sets the pace.[^1]

These clocks were large iron machines in church towers, and many had no dial at all. They struck a bell, which is where the word *clock* comes from, through the medieval Latin for bell. Their accuracy was poor, errors of a quarter of an hour a day were common, but they ran day and night and kept equal hours, and towns competed to have one.

An escapement of a very different kind had already been built in China. The astronomical clock tower completed by Su Song at Kaifeng in the 1090s used a water-driven wheel that advanced in steps, checked by a system of levers, to turn an armillary sphere and a celestial globe.[^2] It was a remarkable machine, but it did not give rise to a tradition that reached Europe.

## The pendulum

The great leap in accuracy came in 1656, when Christiaan Huygens fitted a pendulum to a clock. A pendulum swings at a rate fixed mainly by its length, largely indifferent to the force pushing it, so it is a far better regulator than a foliot. Huygens had clocks built to his design by the Hague clockmaker Salomon Coster, and within a few years good clocks were keeping time to within a minute or less a day.[^3]

Around 1670 the anchor escapement, credited variously to Robert Hooke and to the London clockmaker William Clement, reduced the arc through which the pendulum had to swing. That made a long pendulum practical, and the seconds pendulum, just under a metre long, became the heart of the longcase clock.

| Regulator | Typical error per day |
| --- | --- |
| Foliot (c. 1350) | 15 minutes or more |
| Early pendulum (c. 1660) | about a minute |
| Later precision pendulum (c. 1900) | under a second |

[^1]: Landes, David S. *Revolution in Time: Clocks and the Making of the Modern World*. Belknap Press of Harvard University Press, 1983, pp. 53–66.
[^2]: Needham, Joseph, Wang Ling, and Derek J. de Solla Price. *Heavenly Clockwork: The Great Astronomical Clocks of Medieval China*. Cambridge University Press, 1960.
[^3]: Huygens, Christiaan. *Horologium Oscillatorium*. F. Muguet, Paris, 1673. The figures in the table are rough orders of magnitude from Landes, not measurements of particular clocks.`,
  },
  {
    slug: 'harrisons-chronometer-and-the-longitude-problem',
    title: 'Harrison’s Chronometer and the Longitude Problem',
    dek: 'A self-taught Lincolnshire carpenter spent three decades building a clock that could keep time at sea, and more than another decade getting paid for it.',
    section: 'timekeeping',
    authors: ['tobias-rendle'],
    tags: ['navigation', 'instruments', 'history-of-science'],
    publishedAt: '2024-11-05T14:00:00.000Z',
    updatedAt: '2025-02-11T10:00:00.000Z',
    body: `Latitude is easy to find at sea: measure the height of the sun at noon or of the pole star at night, and a table gives the answer. Longitude is hard, because the Earth turns. Each hour of difference between local time and the time at a reference meridian corresponds to fifteen degrees of longitude, so a navigator who knows both times knows where he is. The difficulty, for most of the age of sail, was knowing the time at home.

## The prize

In 1714 the British Parliament passed the Longitude Act, offering £20,000 to anyone who could find longitude at sea to within half a degree, with smaller rewards for lesser accuracy. A Board of Longitude was set up to judge claims. Most of its members expected the answer to come from astronomy, and specifically from measuring the position of the moon against the stars.[^sobel]

John Harrison, a carpenter and self-taught clockmaker from Lincolnshire, thought the answer was a clock. His first marine timekeeper, now called H1, was a large brass machine with balances linked by springs so that the ship's motion would not disturb them. It was tested on a voyage to Lisbon in 1736 and performed well enough that the Board funded a second.[^gould]

## From H1 to H4

H2 and then H3 followed, the latter absorbing nearly two decades of work. Then Harrison changed direction entirely. H4, completed in 1759, looked like an oversized pocket watch, about thirteen centimetres across, with a fast-beating balance and jewelled bearings. On its trial voyage to Jamaica aboard HMS *Deptford* in 1761–62, it lost only about five seconds over the crossing once its known daily rate was allowed for.[^sobel]

That should have been decisive. It was not. The Board questioned the method of the trial, demanded a second voyage to Barbados in 1764, and then required Harrison to disclose the workings of H4 and have copies made before it would pay in full.[^betts] Meanwhile Nevil Maskelyne, a member of the Board, was promoting the rival lunar-distance method and published the first *Nautical Almanac* to support it.

## The settlement

Harrison received part of the prize in stages. In 1773, aged about eighty, he was awarded a further £8,750 by Parliament after an appeal to King George III, though never the prize itself.[^sobel] By then a copy of H4 made by Larcum Kendall had sailed with James Cook on his second Pacific voyage, and Cook had praised it highly. Within a few decades chronometers were standard equipment on naval ships, and the two methods, clock and moon, were used side by side for checking one another.

[^sobel]: Sobel, Dava. *Longitude: The True Story of a Lone Genius Who Solved the Greatest Scientific Problem of His Time*. Walker & Company, 1995.
[^gould]: Gould, Rupert T. *The Marine Chronometer: Its History and Development*. J. D. Potter, 1923. Gould also restored H1 to H3 in the 1920s and 1930s.
[^betts]: Betts, Jonathan. *Harrison*. National Maritime Museum, 1993. Betts gives a more sympathetic account of the Board of Longitude than popular versions of the story do.`,
  },
  {
    slug: 'railway-time',
    title: 'Railway Time, 1840–1918: When the Clocks Were Made to Agree',
    dek: 'Every town once kept its own time; the railways, the telegraph and a conference in Washington put an end to that.',
    section: 'timekeeping',
    authors: ['tobias-rendle', 'ines-calloway'],
    tags: ['standards', 'history-of-science'],
    publishedAt: '2025-03-04T11:00:00.000Z',
    body: `Before the railways, noon was whenever the sun stood highest over your own town. Bristol's noon came about ten minutes after London's, and nobody minded, because no one could travel between them fast enough for the difference to matter.[^bristol] A stagecoach passenger simply reset a watch on arrival.

## The railways choose London

Trains changed that. A timetable that listed local times at every station was confusing at best and dangerous at worst, since two trains on a single line had to agree on when each would pass. In November 1840 the Great Western Railway began running all its services on London time. Other companies followed, and in 1847 the Railway Clearing House, which coordinated the companies' through traffic, recommended that they all adopt Greenwich time.[^howse]

Towns followed the railways, some reluctantly. Public clocks were reset, although some cities kept local time for civic purposes for years afterwards. The Corn Exchange in Bristol still has a clock with two minute hands, one for Bristol and one for London. From 1852 the Royal Observatory at Greenwich sent time signals along the telegraph network, so that a clock in a distant station could be checked against the observatory's each day. Greenwich time did not become the legal time of Great Britain until the Statutes (Definition of Time) Act of 1880, long after most people were already using it.

## North America: the day of two noons

The United States had a harder problem: a continent wide enough for local noon to differ by more than three hours, and dozens of railway companies each keeping its own standard. On 18 November 1883, at a signal timed to noon on the new standard, the railways of the United States and Canada switched to a system of time zones, each an hour apart, worked out largely by William F. Allen of the General Time Convention.[^bartky] In the eastern part of each zone, clocks were set back and noon arrived twice.

The change was made by private companies, not by law. Federal standard time in the United States came only with the Standard Time Act of 1918, which also introduced daylight saving time.

## Choosing a prime meridian

In October 1884 delegates from twenty-five nations met in Washington at the International Meridian Conference and voted to adopt the meridian through Greenwich as the zero of longitude. The vote was twenty-two in favour, San Domingo against, and France and Brazil abstaining.[^howse] France went on using the Paris meridian for its own time until 1911. The conference did not create world time zones; those spread country by country over the following decades.

[^bristol]: Bristol lies about 2.6 degrees west of Greenwich. At four minutes of time per degree of longitude, its local noon falls a little over ten minutes after Greenwich noon.
[^howse]: Howse, Derek. *Greenwich Time and the Discovery of the Longitude*. Oxford University Press, 1980.
[^bartky]: Bartky, Ian R. *Selling the True Time: Nineteenth-Century Timekeeping in America*. Stanford University Press, 2000.`,
  },
  {
    slug: 'counting-atoms-the-caesium-second',
    title: 'Counting Atoms: The Caesium Second',
    dek: 'In 1967 the second stopped being a fraction of a day and became a count of oscillations inside an atom.',
    section: 'timekeeping',
    authors: ['tobias-rendle'],
    tags: ['measurement', 'standards', 'instruments'],
    publishedAt: '2025-08-05T08:45:00.000Z',
    body: `For most of history the second was defined by the Earth. It was one 86,400th of a mean solar day, and the best clocks in the world were checked against the stars as the planet turned. The trouble, discovered in the twentieth century, was that the Earth is not a very good clock.

## The Earth wobbles

Quartz clocks, first built at Bell Telephone Laboratories in 1927, were stable enough to reveal what astronomers had suspected: the length of the day varies by small amounts, with the seasons and from year to year, and is slowly increasing overall as tidal friction brakes the planet's spin. A definition based on the day was a definition based on a wobbling standard.

The first response was to switch to the Earth's orbit instead. In 1960 the second was redefined as a fraction of the tropical year 1900, the so-called ephemeris second. It was stable in principle but could be realised only by years of astronomical observation, which made it almost useless for calibrating instruments in a laboratory.

## The caesium standard

Atoms offered something better. The outermost electron of a caesium-133 atom can flip between two closely spaced energy levels, and the radiation that drives the flip has an extremely precise frequency, the same for every caesium atom anywhere. In June 1955 Louis Essen and Jack Parry at the National Physical Laboratory in Teddington put the first practical caesium frequency standard into operation.[^1]

The next step was to measure that frequency against the ephemeris second. Working with astronomers at the United States Naval Observatory, Essen and his colleagues arrived at a value of 9,192,631,770 cycles per ephemeris second, with an uncertainty of about twenty cycles.[^2] In 1967 the General Conference on Weights and Measures adopted that number as the definition: the second is the duration of 9,192,631,770 periods of the radiation corresponding to the transition between the two hyperfine levels of the ground state of the caesium-133 atom.

## After caesium

Caesium clocks have improved enormously since 1955. Modern fountain clocks, which toss a cloud of laser-cooled atoms upward and let it fall back through a microwave cavity, would drift by well under a second in tens of millions of years. Optical clocks, based on atoms that oscillate at far higher frequencies, are better still, and metrologists are preparing to redefine the second once more.[^3]

[^1]: Essen, L., and J. V. L. Parry. "An Atomic Standard of Frequency and Time Interval: A Caesium Resonator." *Nature*, vol. 176, 1955, pp. 280–282.
[^2]: Markowitz, Wm., R. Glenn Hall, L. Essen, and J. V. L. Parry. "Frequency of Cesium in Terms of Ephemeris Time." *Physical Review Letters*, vol. 1, 1958, pp. 105–107.
[^3]: Jones, Tony. *Splitting the Second: The Story of Atomic Time*. Institute of Physics Publishing, 2000. The redefinition is not expected before the end of the decade.`,
  },
  {
    slug: 'the-leap-seconds-long-goodbye',
    title: 'The Leap Second’s Long Goodbye',
    dek: 'Since 1972, twenty-seven extra seconds have been slipped into the world’s clocks; by 2035 the practice is meant to stop.',
    section: 'timekeeping',
    authors: ['tobias-rendle', 'desmond-achterberg'],
    tags: ['standards', 'measurement'],
    publishedAt: '2026-05-19T13:30:00.000Z',
    updatedAt: '2026-09-08T07:45:00.000Z',
    body: `Atomic clocks keep steady time; the Earth does not. Coordinated Universal Time, the time your phone shows, is a compromise between the two. It ticks at the rate of atomic time but is kept within 0.9 seconds of the time given by the Earth's rotation. When the gap grows too large, a leap second is inserted, and the last minute of a chosen day has sixty-one seconds, the extra one written as 23:59:60.

## Twenty-seven leaps

The system began in 1972. Since then twenty-seven leap seconds have been added, the most recent at the end of 31 December 2016. The decision to add one is made by the International Earth Rotation and Reference Systems Service, which watches the Earth's rotation and announces each leap second about six months ahead in a bulletin.[^1]

| Period | Leap seconds added |
| --- | --- |
| 1972–1979 | 9 |
| 1980–1989 | 6 |
| 1990–1999 | 7 |
| 2000–2009 | 2 |
| 2010–2016 | 3 |

## Why engineers hate them

An extra second that arrives at irregular intervals, with six months' notice, is a headache for software. Many systems assume that every minute has sixty seconds, and the leap second of June 2012 set off a wave of failures in servers and booking systems. Some large operators now avoid the jump altogether by "smearing" the extra second across many hours, running their clocks very slightly slow, which means that for part of a day their clocks disagree with UTC. Satellite navigation systems sidestep the issue differently.[^2]

## The decision to stop

In November 2022 the General Conference on Weights and Measures resolved that the maximum allowed difference between UTC and the Earth's rotation should be increased, no later than 2035, in effect ending leap seconds for at least a century.[^3] What replaces them, perhaps a leap minute in the distant future or perhaps nothing, has been left to later negotiation.

There is a twist. Since about 2020 the Earth has been spinning slightly faster, and for a while it looked as though the first negative leap second, a minute with only fifty-nine seconds, might be needed before the practice ends. One analysis suggests that melting polar ice, which moves mass toward the equator and slows the planet, has pushed that date back by several years.[^4]

*Updated September 2026 to clarify how smearing differs from UTC.*

[^1]: International Earth Rotation and Reference Systems Service. "Bulletin C 52." IERS, July 2016. https://datacenter.iers.example.org/products/bulletin-c/bulletin-c-052.txt (accessed 2 May 2026).
[^2]: GPS time has not added leap seconds since it began in 1980. It therefore runs 18 seconds ahead of UTC, and receivers apply the difference, which the satellites broadcast.
[^3]: Bureau International des Poids et Mesures. *Resolution 4 of the 27th meeting of the CGPM (2022): On the use and future development of UTC*. BIPM, 2022.
[^4]: Agnew, Duncan Carr. "A global timekeeping problem postponed by global warming." *Nature*, vol. 628, 2024, pp. 333–336.`,
  },
];
