-- procedure/argument_default: a procedure argument gains a default and another's default changes
create procedure p(a integer, b text default 'x') language plpgsql as $$ begin perform a, b; end $$;
