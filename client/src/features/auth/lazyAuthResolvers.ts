import { lazyResolver } from '../forms/lazyResolver';

// One chunk for the four public forms (they share the email and password rules); fetched on first use.
const load = () => import('./authResolvers');

export const lazyLogInResolver = lazyResolver(() => load().then((module) => module.logInResolver));
export const lazySignUpResolver = lazyResolver(() => load().then((module) => module.signUpResolver));
export const lazyForgotPasswordResolver = lazyResolver(() => load().then((module) => module.forgotPasswordResolver));
export const lazyResetPasswordResolver = lazyResolver(() => load().then((module) => module.resetPasswordResolver));
