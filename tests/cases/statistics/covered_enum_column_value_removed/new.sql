-- statistics/covered_enum_column_value_removed: a label is removed from an enum a covered column uses (type recreated, column converted); the statistics come back with their target
create type status as enum ('draft', 'sent');
create table docs (id integer primary key, status status not null default 'draft', owner_id integer);
create statistics docs_status_owner (mcv) on status, owner_id from docs;
alter statistics docs_status_owner set statistics 150;
