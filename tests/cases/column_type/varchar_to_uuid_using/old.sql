-- column_type/varchar_to_uuid_using: varchar holding uuids becomes uuid (needs USING)
create table t (id integer primary key, ref varchar(36));
insert into t values (1, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11');
