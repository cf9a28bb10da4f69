-- procedure/hypothetical_set: a hypothetical-set aggregate built on the built-in ordered-set support functions is created
create aggregate my_rank(variadic "any" order by variadic "any") (sfunc = ordered_set_transition_multi, stype = internal, finalfunc = rank_final, finalfunc_extra, hypothetical);
