-- procedure/in_to_inout: an IN argument becomes INOUT (same signature; CREATE OR REPLACE refuses to add output parameters)
create procedure double_it(v integer) language plpgsql as $$ begin v := v * 2; end $$;
