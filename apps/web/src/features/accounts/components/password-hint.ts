/** What the API's password policy asks for, said before the person types. */
export const PASSWORD_HINT = 'Use at least 12 characters. Avoid common passwords and your email address. A few unrelated words together make a good password.';
