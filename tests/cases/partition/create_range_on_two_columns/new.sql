-- partition/create_range_on_two_columns: a table partitioned by range on (year, month) is created with two half-year partitions
create table monthly_sales (
    year integer not null,
    month integer not null check (month between 1 and 12),
    store text not null,
    amount numeric(12, 2) not null default 0
) partition by range (year, month);
create table monthly_sales_2026_h1 partition of monthly_sales for values from (2026, 1) to (2026, 7);
create table monthly_sales_2026_h2 partition of monthly_sales for values from (2026, 7) to (2027, 1);
