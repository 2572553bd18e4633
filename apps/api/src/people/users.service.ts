import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { MeResponse } from '@steerline/contracts';
import { Repository } from 'typeorm';
import { toMeResponse } from './to-me-response.js';
import { User } from './user.entity.js';

@Injectable()
export class UsersService {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  /** The active user behind a session, with bodies and permissions; null once deactivated or gone. */
  async findSignedInUser(id: string): Promise<MeResponse | null> {
    const user = await this.users.findOne({ where: { id, isActive: true }, relations: { bodies: true, partner: true } });
    return user ? toMeResponse(user) : null;
  }

  /** The user a sign-in names, with the password hash that is otherwise never loaded. */
  findForSignIn(email: string): Promise<User | null> {
    return this.users
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('lower(user.email) = lower(:email)', { email })
      .getOne();
  }
}
