-- partition/trigger_on_parent_reaches_new_partition: a partitioned table with a row trigger gets a new partition, which inherits the trigger without a trigger of its own
create table prices (
    sku text not null,
    valid_from date not null,
    amount numeric(10, 2) not null,
    updated_at timestamp
) partition by range (valid_from);
create function prices_touch() returns trigger language plpgsql as $$
begin
    new.updated_at := now();
    return new;
end;
$$;
create trigger prices_touch before insert or update on prices for each row execute function prices_touch();
create table prices_2026 partition of prices for values from ('2026-01-01') to ('2027-01-01');
insert into prices (sku, valid_from, amount) values ('a', '2026-03-01', 9.99);
