-- trigger/quoted_names: triggers with capitals, spaces and double quotes on a quoted table, calling a quoted function
create table "Order Items" ("Line" integer primary key, "Updated At" timestamptz);
create function "Touch ""Me"""() returns trigger language plpgsql as $$
begin
    new."Updated At" := now();
    return new;
end
$$;
create trigger "Old Trigger" before update on "Order Items" for each row execute function "Touch ""Me"""();
