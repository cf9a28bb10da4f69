-- table_option/logged_to_unlogged_with_rows: a logged table with rows becomes unlogged (SET UNLOGGED keeps the rows)
create table page_views (id integer primary key, url text not null, viewed_at timestamptz);
insert into page_views values (1, '/a', '2024-01-01 10:00+00'), (2, '/b', null), (3, '/c', '2024-01-02 12:30+00');
