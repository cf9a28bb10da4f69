-- procedure/comment: a procedure gains a comment and another's comment is removed
create procedure a_proc(x integer) language plpgsql as $$ begin perform x; end $$;
create procedure b_proc() language plpgsql as $$ begin null; end $$;
comment on procedure a_proc(integer) is 'checks x; "really"';
