-- trigger/shared_updated_at: one updated_at trigger function is created and used by triggers on three tables
create table customers (id integer primary key, name text, updated_at timestamptz);
create table orders (id integer primary key, total numeric(10, 2), updated_at timestamptz);
create table products (id integer primary key, sku text, updated_at timestamptz);
