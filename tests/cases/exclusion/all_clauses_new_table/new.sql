-- exclusion/all_clauses_new_table: a table is created with an exclusion constraint using every clause (method, expression element, INCLUDE, WITH storage, WHERE, DEFERRABLE INITIALLY DEFERRED) and a comment
create extension btree_gist;
create table appointments (
    id integer primary key,
    doctor_id integer not null,
    starts_at timestamp not null,
    ends_at timestamp not null,
    patient text,
    status text not null default 'booked',
    constraint appointments_no_overlap exclude using gist (doctor_id with =, tsrange(starts_at, ends_at, '[]') with &&)
        include (patient) with (fillfactor = 85, buffering = off) where (status <> 'cancelled') deferrable initially deferred
);
comment on constraint appointments_no_overlap on appointments is 'a doctor sees one patient at a time';
