select money_sign() = '$$$' and bracket('a') = '[a] costs $$5 or $1' and dollars(3) = '$3 ($_$)' as t;
