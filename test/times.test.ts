// Table tests for the times layer: one sentence of our own per rule that must fire, one where it
// must not. Each row lists every time the sentence holds, as [text, TIMEX3 value].
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../src/doc.js';
import { segment } from '../src/stages/segment.js';
import { findTimes } from '../src/stages/times.js';

function times(text: string, published: string | null) {
  const doc = makeDoc(text, { published });
  Object.assign(doc, segment(doc));
  return findTimes(doc);
}
const pairs = (text: string, published: string | null) => times(text, published).map((t) => [t.text, t.value]);

type Row = [rule: string, sentence: string, published: string, want: [string, string][]];

const POSITIVE: Row[] = [
  ['named-event', 'European aid has doubled since the start of the full-scale invasion.', '2024-05-01', [['the start of the full-scale invasion', '2022-02-24']]],
  ['iso-date', 'The order was dated 2023-11-05 and signed by the minister.', '2024-01-10', [['2023-11-05', '2023-11-05']]],
  ['numeric-date', 'Voting closed on 11/05/2024 after a recount.', '2024-11-10', [['11/05/2024', '2024-11-05']]],
  ['numeric-date', 'The decree of 26.06.2025 took effect at once.', '2025-07-01', [['26.06.2025', '2025-06-26']]],
  ['month-day', 'The talks resumed on June 11, 2025 in Geneva.', '2025-06-20', [['June 11, 2025', '2025-06-11']]],
  ['month-day', 'Officials met on Sept. 2 to review the plan.', '2025-09-05', [['Sept. 2', '2025-09-02']]],
  ['month-day', 'The summit will open on Jan. 14, organisers said.', '2025-12-20', [['Jan. 14', '2026-01-14']]],
  ['month-day', 'Strikes were reported on March 3 and 4.', '2025-03-10', [['March 3', '2025-03-03'], ['4', '2025-03-04']]],
  ['month-day', 'The offensive, launched on Aug. 6 last year, caught Moscow off guard.', '2025-03-14', [['Aug. 6 last year', '2024-08-06']]],
  ['day-month', 'The agreement was signed on 4 July 2022 in Moscow.', '2022-07-05', [['4 July 2022', '2022-07-04']]],
  ['day-month', 'Ministers gathered on the 15th of March to vote.', '2024-03-20', [['the 15th of March', '2024-03-15']]],
  ['day-month', 'Talks were held on 11-12 June in Vienna.', '2024-06-20', [['11', '2024-06-11'], ['12 June', '2024-06-12']]],
  ['week-of-month', 'The first week of February was the busiest, the ministry said.', '2025-03-10', [['The first week of February', '2025-W06']]],
  ['quarter', 'Output fell in the first quarter of 2024.', '2024-06-01', [['the first quarter of 2024', '2024-Q1']]],
  ['quarter', 'Profits rose in the third quarter, the company said.', '2024-11-05', [['the third quarter', '2024-Q3']]],
  ['half', 'Deliveries are due in the second half of next year.', '2024-05-01', [['the second half of next year', '2025-H2']]],
  ['ago', 'The invasion began 18 months ago, officials said.', '2023-08-18', [['18 months ago', '2022-02']]],
  ['ago', 'A week ago the bridge was hit.', '2022-03-03', [['A week ago', '2022-02-24']]],
  ['ago', 'Years ago the plant was closed.', '2022-03-03', [['Years ago', 'PAST_REF']]],
  ['month', 'North Korea will send troops in July.', '2025-06-26', [['July', '2025-07']]],
  ['month', 'The troops arrived in July.', '2025-03-01', [['July', '2024-07']]],
  ['month', 'The group was launched in October last year by three states.', '2025-07-03', [['October last year', '2024-10']]],
  ['month', 'Fighting intensified in late October, the lawmaker said.', '2024-11-20', [['late October', '2024-10']]],
  ['month', 'The shells were part of a March aid package.', '2024-04-24', [['March', '2024-03']]],
  ['month', 'The inquiry may report in May.', '2024-04-02', [['May', '2024-05']]],
  ['month', 'The leaders last met at Camp David in August of ’23.', '2024-10-25', [['August of ’23', '2023-08']]],
  ['year', 'The fighters were first used in Syria in 2015.', '2022-07-04', [['2015', '2015']]],
  ['year', 'Prices fell during the 2009-2010 slump.', '2013-03-22', [['2009', '2009'], ['2010', '2010']]],
  ['year', 'The expedition of 1957-58 crossed the ice.', '2013-03-22', [['1957', '1957'], ['58', '1958']]],
  ['year', 'Support could recover by early 2025.', '2024-04-25', [['early 2025', '2025']]],
  ['short-year', "Shares are at their lowest since '82.", '2008-10-27', [["'82", '1982']]],
  ['fiscal-year', 'The budget for fiscal 2024 was cut.', '2023-10-01', [['fiscal 2024', '2024']]],
  ['decade', 'The ship was built in the 1980s.', '2020-01-01', [['the 1980s', '198']]],
  ['decade', "Cars of the '70s were boxy.", '2020-01-01', [["the '70s", '197']]],
  ['century', 'It is the worst refugee crisis this century.', '2022-03-03', [['this century', '20']]],
  ['century', 'The 20th century saw two world wars.', '2022-03-03', [['The 20th century', '19']]],
  ['relative-period', 'Russia sent troops last year.', '2025-06-26', [['last year', '2024']]],
  ['relative-period', 'Earlier this week, officials briefed reporters.', '2024-12-19', [['Earlier this week', '2024-W51']]],
  ['relative-period', 'The weapons arrived in the country this month.', '2024-04-24', [['this month', '2024-04']]],
  ['relative-period', 'Talks will resume next week.', '2025-03-14', [['next week', '2025-W12']]],
  ['period-edge', 'Support could reach that level by the end of the year.', '2024-04-25', [['the end of the year', '2024']]],
  ['period-edge', 'Output collapsed at the end of the year, the report said.', '2025-02-10', [['the end of the year', '2024']]],
  ['the-weekend', 'Drones struck the refinery over the weekend.', '2025-03-10', [['the weekend', '2025-W10-WE']]],
  ['clock-12h', 'February 22, 2024, 1:24 PM', '2024-02-22', [['February 22, 2024', '2024-02-22'], ['1:24 PM', '2024-02-22T13:24']]],
  ['clock-12h', 'Sirens sounded at 3 a.m. on Tuesday.', '2025-03-14', [['3 a.m. on Tuesday', '2025-03-11T03:00']]],
  ['clock-24h', 'The match has been postponed until 15:00 GMT Saturday.', '2013-03-22', [['15:00 GMT Saturday', '2013-03-23T15:00Z']]],
  ['named-hour', 'More than a million people had left as of midnight.', '2022-03-03', [['midnight', '2022-03-03T00:00']]],
  ['deictic-day', 'The ministry said today that exports rose.', '2023-10-22', [['today', '2023-10-22']]],
  ['deictic-day', 'Shelling resumed yesterday morning.', '2025-01-10', [['yesterday morning', '2025-01-09']]],
  ['part-of-day', 'Explosions were heard this morning.', '2025-01-10', [['this morning', '2025-01-10TMO']]],
  ['part-of-day', 'Drones attacked the port last night.', '2025-01-10', [['last night', '2025-01-09TNI']]],
  ['weekday', 'The agency told lawmakers on Thursday.', '2025-06-26', [['Thursday', '2025-06-26']]],
  ['weekday', 'The vote will take place on Monday.', '2025-06-26', [['Monday', '2025-06-30']]],
  ['weekday', 'The talks collapsed last Friday.', '2025-06-26', [['last Friday', '2025-06-20']]],
  ['weekday', 'Mr Sunak made the pledge during a call on Saturday morning.', '2023-01-14', [['Saturday morning', '2023-01-14']]],
  ['season', 'North Korea sent troops last autumn.', '2025-06-26', [['last autumn', '2024-FA']]],
  ['season', 'Mobilisation began in autumn 2022.', '2023-10-22', [['autumn 2022', '2022-FA']]],
  ['season', 'A new offensive is expected this summer.', '2025-03-01', [['this summer', '2025-SU']]],
  ['holiday', 'Strikes continued on Christmas Day.', '2024-12-27', [['Christmas Day', '2024-12-25']]],
  ['every', 'Patrols run every day along the border.', '2024-01-01', [['every day', 'P1D']]],
  ['every', 'The council meets every Monday.', '2024-01-01', [['every Monday', 'XXXX-WXX-1']]],
  ['weekdays', 'The market opens on Sundays.', '2024-01-01', [['Sundays', 'XXXX-WXX-7']]],
  ['per-unit', 'The plant makes 15 drones a day.', '2024-01-01', [['a day', 'P1D']]],
  ['per-unit', 'Inspections take place twice a week.', '2024-01-01', [['twice a week', 'P1W']]],
  ['frequency-adverb', 'The casualty figures are updated daily.', '2024-01-01', [['daily', 'P1D']]],
  ['reference', 'There are now 11,000 troops in the region.', '2024-11-20', [['now', 'PRESENT_REF']]],
  ['reference', 'The army has recently begun training recruits.', '2025-06-26', [['recently', 'PAST_REF']]],
  ['reference', 'The jets will soon be delivered.', '2024-04-20', [['soon', 'FUTURE_REF']]],
  ['reference', 'Iran will take delivery of the jets in the next few days.', '2024-04-20', [['in the next few days', 'FUTURE_REF']]],
  ['reference', 'In recent months, Europe has caught up.', '2024-04-25', [['In recent months', 'PAST_REF']]],
  ['at-the-time', 'In 2018, Russia agreed to sell six jets, the minister said at the time.', '2022-07-04', [['2018', '2018'], ['at the time', '2018']]],
  ['duration', 'The dispatch came approximately one month after the visit.', '2025-06-26', [['approximately one month', 'P1M']]],
  ['duration', 'Kyiv hopes for another million shells over the next 12 months.', '2024-04-17', [['the next 12 months', 'P12M']]],
  ['duration', 'He ended a one-day visit to the capital.', '2025-06-18', [['one-day', 'P1D']]],
  ['duration', 'The buyback could take between 12 and 18 months.', '2013-03-22', [['12', 'P12M'], ['18 months', 'P18M']]],
  ['duration', 'Stocks fell for five straight days.', '2013-03-22', [['five straight days', 'P5D']]],
  ['duration', 'The army is in the midst of a three month-long counteroffensive.', '2023-08-18', [['three month-long', 'P3M']]],
  ['duration', 'The redeployment could take several weeks.', '2024-10-28', [['several weeks', 'PXW']]],
  ['unit-long', 'The month-long siege ended in surrender.', '2024-01-01', [['month-long', 'P1M']]],
  ['past-next-unit', 'Attacks have doubled over the past year.', '2024-01-01', [['the past year', 'P1Y']]],
  ['bare-plural', 'Kyiv has asked for the jets for years.', '2024-01-01', [['years', 'PXY']]],
  ['bare-plural', 'A decision is expected within hours.', '2024-01-01', [['hours', 'PTXH']]],
];

const NEGATIVE: Row[] = [
  ['named-event', 'The start of the offensive surprised commanders.', '2024-05-01', []],
  ['iso-date', 'Part number 2023-41-77 was recorded.', '2024-01-10', []],
  ['numeric-date', 'About 3/4 of the shells were fired.', '2024-01-10', []],
  ['month-day', 'In April 7,000 troops crossed the border.', '2025-06-01', [['April', '2025-04']]],
  ['day-month', 'Reports said 3 may have died.', '2025-06-01', []],
  ['week-of-month', 'The first week was the hardest, he said.', '2025-06-01', []],
  ['quarter', 'A quarter of the troops were wounded.', '2025-06-01', []],
  ['duration', 'Three quarters of the aid never arrived.', '2025-06-01', []],
  ['half', 'Half of the aid never arrived.', '2025-06-01', []],
  ['ago', 'The border closed long ago.', '2025-06-01', []],
  ['month', 'May God protect our soldiers.', '2025-06-01', []],
  ['month', 'April Ryan asked the spokesman a question.', '2025-06-01', []],
  ['month', 'Veterans march to the memorial.', '2025-06-01', []],
  ['year', 'The shipment held 1800 2000-pound bombs.', '2024-05-09', []],
  ['year', 'About 2000 soldiers crossed the river.', '2024-05-09', []],
  ['year', 'Su-30 jets and Fath-360 missiles were shown with 155 mm shells.', '2024-05-09', []],
  ['year', 'Resolution 2087 was adopted unanimously.', '2024-05-09', []],
  ['year', 'Russia vetoed the mandate of the 1718 Committee experts.', '2024-05-09', []],
  ['short-year', "The code '82 appeared on the label.", '2024-05-09', []],
  ['fiscal-year', 'The fiscal outlook is poor.', '2024-05-09', []],
  ['decade', 'Most recruits are in their 20s.', '2024-05-09', []],
  ['century', 'A century-old bridge collapsed.', '2024-05-09', []],
  ['relative-period', 'It was the year of the dragon.', '2024-05-09', []],
  ['period-edge', 'The end of the war is not in sight.', '2024-05-09', []],
  ['the-weekend', 'The Weekend performed in Toronto.', '2024-05-09', []],
  ['clock-12h', 'I am sure of it, he said.', '2024-05-09', []],
  ['clock-24h', 'The score was 2:1 at half time.', '2024-05-09', []],
  ['named-hour', 'Operation Midnight Hammer targeted three sites.', '2025-06-22', []],
  ['deictic-day', 'USA Today reported the story.', '2025-06-22', []],
  ['part-of-day', 'It was the last morning of the talks.', '2025-06-22', []],
  ['weekday', 'Black Monday wiped out savings.', '2025-06-22', []],
  ['weekday', 'The Sunday Times reported the deal.', '2025-06-22', []],
  ['season', 'Prices continue to fall.', '2025-06-22', []],
  ['season', 'The fall of the city shocked Kyiv.', '2025-06-22', []],
  ['season', 'The Arab Spring began in Tunisia.', '2025-06-22', []],
  ['holiday', 'Christmas Island lies south of Java.', '2025-06-22', []],
  ['every', 'Every soldier was checked.', '2025-06-22', []],
  ['weekdays', 'The Sundays are a band.', '2025-06-22', []],
  ['per-unit', 'It took a day to cross the river.', '2025-06-22', [['a day', 'P1D']]],
  ['frequency-adverb', 'He reads the daily newspaper.', '2025-06-22', []],
  ['reference', 'The now-defunct group disbanded.', '2025-06-22', []],
  ['reference', 'Send the shells as soon as possible.', '2025-06-22', []],
  ['reference', 'The future of the deal is unclear.', '2025-06-22', []],
  ['reference', 'The current estimate is too low.', '2025-06-22', []],
  ['at-the-time', 'At the time of the attack, the base was empty.', '2025-06-22', []],
  ['duration', 'His 22-year-old son was detained.', '2025-06-22', []],
  ['duration', 'Children aged 6 months and older were vaccinated.', '2025-06-22', []],
  ['duration', 'He said 1,000 troops had arrived.', '2025-06-22', []],
  ['unit-long', 'The long-range missiles were shown.', '2025-06-22', []],
  ['past-next-unit', 'The next day, troops withdrew.', '2025-06-22', []],
  ['bare-plural', 'Years of war have left deep scars.', '2025-06-22', []],
];

describe('times: every rule fires on its pattern', () => {
  it.each(POSITIVE)('%s: %s', (_rule, sentence, published, want) => {
    expect(pairs(sentence, published)).toEqual(want);
  });
});

describe('times: and stays quiet where the words are no time', () => {
  it.each(NEGATIVE)('%s: %s', (_rule, sentence, published, want) => {
    expect(pairs(sentence, published)).toEqual(want);
  });
});

describe('times: rules are named', () => {
  it.each(POSITIVE.filter(([rule]) => rule !== 'at-the-time'))('%s made "%s"', (rule, sentence, published) => {
    expect(times(sentence, published).map((t) => t.rule)).toContain(rule);
  });
});

describe('times: days counted from the last day named', () => {
  it.each([
    ['On Monday, missiles struck Kyiv. Later in the day, drones hit Kharkiv.', [['Monday', '2024-10-28'], ['Later in the day', '2024-10-28']]],
    ['Talks collapsed on Monday. The day before, both sides had met.', [['Monday', '2024-10-28'], ['The day before', '2024-10-27']]],
    ['The day after the attack, aid arrived.', []],
  ])('anaphoric-day: %s', (sentence, want) => {
    expect(pairs(sentence, '2024-11-01')).toEqual(want);
  });
});
