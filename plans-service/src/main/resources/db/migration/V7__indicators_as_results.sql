-- Indicators as a results framework: what they measure, which way is better, how periods add up
-- (existing rows keep what they meant: a number, increasing, summed), a baseline, targets per period
-- and, for a percentage, the units' weights. A qualitative indicator has no target.
alter table indicator
    add column measure        text not null default 'NUMBER' check (measure in ('NUMBER', 'PERCENT', 'QUALITATIVE')),
    add column direction      text not null default 'INCREASE' check (direction in ('INCREASE', 'DECREASE')),
    add column aggregation    text not null default 'SUM' check (aggregation in ('SUM', 'LATEST')),
    add column baseline       jsonb,
    add column period_targets jsonb,
    add column weights        jsonb,
    alter column target drop not null,
    add constraint indicator_target_unless_qualitative check ((measure = 'QUALITATIVE') = (target is null));
