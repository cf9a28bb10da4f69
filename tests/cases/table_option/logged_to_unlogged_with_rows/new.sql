-- table_option/logged_to_unlogged_with_rows: a logged table with rows becomes unlogged (SET UNLOGGED keeps the rows)
create unlogged table page_views (id integer primary key, url text not null, viewed_at timestamptz);
