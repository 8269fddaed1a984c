-- Each year's days off as an admin set them (ngày nghỉ lễ, Tết, nghỉ bù) and the Saturdays worked in
-- exchange (ngày làm bù), each {"date", "name"}. A year without a row counts with the Labour Code's
-- defaults, which the reporting calendar computes; the first list set for a year is version 1.
create table holiday_year (
    year              integer primary key check (year between 2021 and 2100),
    note              text,
    days_off          jsonb       not null,
    working_saturdays jsonb       not null,
    version           bigint      not null check (version >= 1),
    updated_by        text        not null,
    updated_at        timestamptz not null
);
