-- column_type/varchar_to_uuid_using: varchar holding uuids becomes uuid (needs USING)
create table t (id integer primary key, ref uuid);
