-- function/dollar_quote_tags: bodies quoted with $fn$, $body$ and $$ that themselves contain $$, $q$ and $1
create function money_sign() returns text language sql immutable as $fn$ select '$' $fn$;
create function bracket(x text) returns text language plpgsql immutable as $body$
begin
    return '[' || x || ']';
end
$body$;
